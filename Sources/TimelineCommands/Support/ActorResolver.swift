import ActorRecognition
import ArgumentParser
import Foundation
import Timelines

/// Turns what a person typed into one actor, or an error that lists the candidates.
struct ActorResolver {
    struct Resolved {
        var id: String
        var name: String
        var kind: String
    }

    private let matcher: ActorNameMatcher
    private let summaries: [String: ActorSummary]

    /// Names as known now, or with `asOf` as known then (curation recorded later left out,
    /// provisional actors since merged or rejected still found).
    init(session: TimelineSession, asOf: Date? = nil) throws {
        let gazetteer = try session.gazetteer(asOf: asOf).gazetteer
        let queries = TimelineQueries(connection: session.connection)
        var all = try queries.actorSummaries(gazetteer: gazetteer)
        if let asOf { all += try queries.formerProvisionalActors(asOf: asOf).filter { id in !all.contains { $0.id == id.id } } }
        var byID: [String: ActorSummary] = [:]
        for summary in all { byID[summary.id] = summary }
        summaries = byID
        let provisional = all.filter(\.provisional).map {
            Actor(id: $0.id, kind: ActorKind(rawValue: $0.kind) ?? .person, canonicalName: $0.name, latinName: "", aliases: [$0.name])
        }
        matcher = ActorNameMatcher(actors: gazetteer.actors + provisional)
    }

    /// The actor `query` names: an id, or any name or alias; with `allowNearMiss` also a near miss.
    func resolve(_ query: String, allowNearMiss: Bool = true) throws -> Resolved {
        if let summary = summaries[query] { return Resolved(id: summary.id, name: summary.name, kind: summary.kind) }
        switch matcher.resolve(query) {
        case .exact(let actor):
            return Resolved(id: actor.id, name: actor.canonicalName, kind: actor.kind.rawValue)
        case .nearMiss(let actor, _) where allowNearMiss:
            return Resolved(id: actor.id, name: actor.canonicalName, kind: actor.kind.rawValue)
        case .nearMiss(let actor, _):
            throw ValidationError("No actor is named exactly '\(query)'. Did you mean \(actor.canonicalName) (\(actor.id))? "
                                  + "Curation needs the exact name or id.")
        case .ambiguous(let actors):
            let list = actors.map { "  \($0.canonicalName) (\($0.latinName.isEmpty ? $0.id : $0.latinName), \($0.kind.rawValue))" }
            throw ValidationError("'\(query)' could be several actors:\n" + list.joined(separator: "\n") + "\nGive a fuller name.")
        case .none(let suggestions):
            var message = "No actor is known as '\(query)'."
            if !suggestions.isEmpty {
                message += " Did you mean: " + suggestions.prefix(5).map(\.canonicalName).joined(separator: ", ") + "?"
            }
            message += " (`timeline actors --all` lists them all.)"
            throw ValidationError(message)
        }
    }
}
