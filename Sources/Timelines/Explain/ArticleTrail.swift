import EventStore
import Foundation

/// What an article stream says about one entry: the entry as last recorded, the revision it came
/// from, and the events that recorded, replaced or retracted it.
struct ArticleTrail {
    /// The entry as its latest `ArticleExtracted` or `EntriesAdded` recorded it.
    var entry: DatedEntry
    var revision: Int
    var extractorVersion: String
    var gazetteerRevision: String
    /// The article revision the entry was extracted from.
    var ingested: ArticleIngested
    var latestRevision: Int
    /// Every actor key the entry was recorded under, over all its recordings, in order.
    var recordedKeys: [String]
    /// The stream's events that concern the entry, in order (effects not yet attached).
    var steps: [EntryExplanation.Step]

    /// Reads the trail of `entryID` from the events of its article stream; `nil` when no event records it.
    init?(entryID: String, events: [RecordedEvent]) throws {
        var found: (DatedEntry, ArticleExtracted.Header)?
        var revisions: [Int: ArticleIngested] = [:]
        var keys: [String] = []
        var steps: [(event: RecordedEvent, summary: String, revision: Int?)] = []
        for event in events {
            switch event.type {
            case TimelineEventType.articleIngested:
                let ingested = try Self.decode(ArticleIngested.self, event)
                revisions[ingested.revision] = ingested
                steps.append((event, "", ingested.revision))
            case TimelineEventType.articleExtracted:
                let extracted = try Self.decode(ArticleExtracted.self, event)
                guard let entry = extracted.entries.first(where: { $0.entryID == entryID }) else { continue }
                found = (entry, extracted.header)
                keys += entry.actors.map(\.key)
                steps.append((event, "entry extracted from revision \(extracted.articleRevision) "
                              + "(\(extracted.extractorVersion), gazetteer \(extracted.gazetteerRevision))", nil))
            case TimelineEventType.entriesAdded:
                let added = try Self.decode(EntriesAdded.self, event)
                guard let entry = added.entries.first(where: { $0.entryID == entryID }) else { continue }
                found = (entry, added.header)
                keys += entry.actors.map(\.key)
                steps.append((event, "entry added by re-extraction: \(added.reason) "
                              + "(\(added.extractorVersion), gazetteer \(added.gazetteerRevision))", nil))
            case TimelineEventType.entriesRetracted:
                let retracted = try Self.decode(EntriesRetracted.self, event)
                guard retracted.entryIDs.contains(entryID) else { continue }
                steps.append((event, "entry retracted: \(retracted.reason) "
                              + "(\(retracted.extractorVersion), gazetteer \(retracted.gazetteerRevision))", nil))
            default:
                continue
            }
        }
        guard let (entry, header) = found, let ingested = revisions[header.articleRevision] else { return nil }
        self.entry = entry
        self.revision = header.articleRevision
        self.extractorVersion = header.extractorVersion
        self.gazetteerRevision = header.gazetteerRevision
        self.ingested = ingested
        self.latestRevision = revisions.keys.max() ?? header.articleRevision
        var seen: Set<String> = []
        self.recordedKeys = keys.filter { seen.insert($0).inserted }
        // Of the article's revisions: the entry's own, and the next one, which replaced it.
        let next = revisions.keys.filter { $0 > header.articleRevision }.min()
        self.steps = steps.compactMap { step in
            let summary: String
            switch step.revision {
            case nil: summary = step.summary
            case header.articleRevision?:
                summary = "revision \(header.articleRevision) of the article taken in, published \(ingested.article.published.iso)"
            case let revision? where revision == next:
                summary = "revision \(revision) of the article taken in: it replaces revision \(header.articleRevision) and its entries"
            default:
                return nil
            }
            return EntryExplanation.Step(position: step.event.position, recordedAt: step.event.recordedAt,
                                         stream: step.event.streamID, type: step.event.type, summary: summary,
                                         effects: [], applied: false)
        }
    }

    private static func decode<T: Decodable>(_ type: T.Type, _ event: RecordedEvent) throws -> T {
        do {
            return try JSONDecoder().decode(type, from: Data(event.data.utf8))
        } catch {
            throw EntryExplainerError.undecodable(position: event.position, type: event.type, reason: "\(error)")
        }
    }
}
