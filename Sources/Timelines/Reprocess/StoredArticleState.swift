import EventStore
import Foundation

/// What the log says about one article now: its latest revision and the dated entries that hold
/// for it — the `ArticleExtracted` of that revision, then that revision's `EntriesRetracted`
/// (ids removed) and `EntriesAdded` (entries added, or replacing those with the same id) in log order.
///
/// For the stream [ArticleIngested r1, ArticleExtracted r1 (entries a, b), EntriesRetracted r1 (a),
/// EntriesAdded r1 (c, b′)] the state is revision 1 with the entries b′ and c.
struct StoredArticleState: Sendable {
    var streamID: String
    /// The stream's version: what the next append to it expects.
    var version: Int64
    /// The latest revision as ingested.
    var ingested: ArticleIngested
    /// The entries that hold, in the order they were first recorded.
    var entries: [DatedEntry]
    /// Extractor version and gazetteer revision of the last event that set or changed the entries
    /// (empty when the revision has no extraction).
    var extractorVersion = ""
    var gazetteerRevision = ""

    /// The fold of one article stream's events (all of them, in version order); `nil` for a
    /// stream without `ArticleIngested`. A payload that does not decode throws, naming the event.
    init?(events: [RecordedEvent]) throws {
        guard let latestIndex = events.lastIndex(where: { $0.type == TimelineEventType.articleIngested }) else { return nil }
        let decoder = JSONDecoder()
        streamID = events[latestIndex].streamID
        version = events.map(\.version).max() ?? 0
        ingested = try Self.decode(ArticleIngested.self, events[latestIndex], decoder)
        entries = []
        let revision = ingested.revision
        for event in events[(latestIndex + 1)...] {
            switch event.type {
            case TimelineEventType.articleExtracted:
                let extracted = try Self.decode(ArticleExtracted.self, event, decoder)
                guard extracted.articleRevision == revision else { continue }
                entries = extracted.entries
                note(extracted.extractorVersion, extracted.gazetteerRevision)
            case TimelineEventType.entriesRetracted:
                let retracted = try Self.decode(EntriesRetracted.self, event, decoder)
                guard retracted.articleRevision == revision else { continue }
                let ids = Set(retracted.entryIDs)
                entries.removeAll { ids.contains($0.entryID) }
                note(retracted.extractorVersion, retracted.gazetteerRevision)
            case TimelineEventType.entriesAdded:
                let added = try Self.decode(EntriesAdded.self, event, decoder)
                guard added.articleRevision == revision else { continue }
                for entry in added.entries {
                    if let index = entries.firstIndex(where: { $0.entryID == entry.entryID }) {
                        entries[index] = entry
                    } else {
                        entries.append(entry)
                    }
                }
                note(added.extractorVersion, added.gazetteerRevision)
            default:
                continue
            }
        }
    }

    private mutating func note(_ extractor: String, _ gazetteer: String) {
        extractorVersion = extractor
        gazetteerRevision = gazetteer
    }

    private static func decode<T: Decodable>(_ type: T.Type, _ event: RecordedEvent, _ decoder: JSONDecoder) throws -> T {
        do {
            return try decoder.decode(type, from: Data(event.data.utf8))
        } catch {
            throw ReprocessError(streamID: event.streamID, position: event.position,
                                 reason: "the \(event.type) payload does not decode: \(error)")
        }
    }
}

/// Why reprocessing stopped: what the log holds for an article cannot be read.
public struct ReprocessError: Error, CustomStringConvertible, CustomDebugStringConvertible {
    public var streamID: String
    public var position: Int64
    public var reason: String
    public var description: String { "reprocess: article stream \(streamID), log position \(position): \(reason)" }
    public var debugDescription: String { description }
}
