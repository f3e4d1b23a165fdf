import ActorRecognition
import ArgumentParser
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

    init(session: TimelineSession) throws {
        let (gazetteer, _) = try session.gazetteer()
        let all = try TimelineQueries(connection: session.connection).actorSummaries()
        var byID: [String: ActorSummary] = [:]
        for summary in all { byID[summary.id] = summary }
        summaries = byID
        let provisional = all.filter(\.provisional).map {
            Actor(id: $0.id, kind: ActorKind(rawValue: $0.kind) ?? .person, canonicalName: $0.name, latinName: "", aliases: [$0.name])
        }
        matcher = ActorNameMatcher(actors: gazetteer.actors + provisional)
    }

    func resolve(_ query: String) throws -> Resolved {
        switch matcher.resolve(query) {
        case .exact(let actor), .nearMiss(let actor, _):
            return Resolved(id: actor.id, name: actor.canonicalName, kind: actor.kind.rawValue)
        case .ambiguous(let actors):
            let list = actors.map { "  \($0.canonicalName) (\($0.latinName.isEmpty ? $0.id : $0.latinName), \($0.kind.rawValue))" }
            throw ValidationError("'\(query)' could be several actors:\n" + list.joined(separator: "\n") + "\nGive a fuller name.")
        case .none(let suggestions):
            var message = "No actor is known as '\(query)'."
            if !suggestions.isEmpty {
                message += " Did you mean: " + suggestions.prefix(5).map(\.canonicalName).joined(separator: ", ") + "?"
            }
            message += " (`timeline actors` lists them all.)"
            throw ValidationError(message)
        }
    }
}
