import Foundation
import Timelines

/// The read model's values in the API's generated types (field names as the CLI's JSON).
enum SchemaMapping {
    static func actor(_ a: ActorSummary) -> Components.Schemas.Actor {
        .init(id: a.id, name: a.name, latinName: a.latinName, kind: a.kind, provisional: a.provisional, aliases: a.aliases,
              entryCount: a.entryCount)
    }

    static func entry(_ e: TimelineEntry) -> Components.Schemas.TimelineEntry {
        .init(id: e.id, actorID: e.actorID, actorName: e.actorName, value: e.value, granularity: e.granularity,
              firstDay: e.firstDay, lastDay: e.lastDay, expression: e.expression, sentence: e.sentence,
              otherActors: e.otherActors, otherActorIDs: e.otherActorIDs, articleTitle: e.articleTitle,
              articleURL: e.articleURL, articleIdentifier: e.articleIdentifier, published: e.published, evidence: e.evidence,
              places: e.places, trigger: e.trigger, cameo: e.cameo, quad: e.quad,
              realis: e.realis.flatMap(Components.Schemas.TimelineEntry.RealisPayload.init(rawValue:)),
              role: e.role.flatMap(Components.Schemas.TimelineEntry.RolePayload.init(rawValue:)))
    }

    static func event(_ e: EventSummary) -> Components.Schemas.Event {
        .init(id: e.id, first: e.first.iso, last: e.last.iso, value: e.value, granularity: e.granularity, cameo: e.cameo,
              realis: e.realis, actors: e.actors.map { .init(id: $0.id, name: $0.name, role: $0.role) },
              mentions: e.mentions, articles: e.articles, sources: e.sources)
    }

    static func report(_ r: EventReport) -> Components.Schemas.EventReport {
        .init(entry: r.entry, article: r.article, source: r.source, published: r.published?.iso,
              expression: .init(text: r.expression, start: r.start, end: r.end),
              sentence: r.sentence.trimmingCharacters(in: .whitespacesAndNewlines), realis: r.realis,
              reprintOf: r.reprintOf, joinedBy: r.joinedBy)
    }

    static func status(_ s: TimelineStatus) -> Components.Schemas.Status {
        .init(logEvents: s.logEvents, logHead: s.logHead, projectionPosition: s.projectionPosition, articles: s.articles,
              entries: s.entries, actorsWithEntries: s.actorsWithEntries, lagEvents: s.lagEvents)
    }

    /// An explanation as `timeline explain --format json` writes it, read into the API's type.
    static func explanation(_ e: EntryExplanation) throws -> Components.Schemas.EntryExplanation {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        return try JSONDecoder().decode(Components.Schemas.EntryExplanation.self, from: encoder.encode(e))
    }
}
