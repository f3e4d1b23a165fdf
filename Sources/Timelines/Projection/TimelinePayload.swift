import EventStore
import Foundation

/// An event of the log decoded for the timeline projection. Decoding is the projection's main
/// CPU cost, so a page of events is decoded on all cores before its rows are written in order.
enum TimelinePayload: Sendable {
    case ingested(ArticleIngested)
    case extracted(ArticleExtracted)
    case retracted(EntriesRetracted)
    case added(EntriesAdded)
    case curated(ActorCurationEvent)
    case eventCurated(EventCurationEvent)
    /// An event type this projection does not use.
    case other

    /// An act of actor curation (which changes how later entries' actors resolve).
    var isActorCuration: Bool {
        if case .curated = self { return true } else { return false }
    }

    static func decode(_ event: RecordedEvent) throws -> TimelinePayload {
        switch event.type {
        case TimelineEventType.articleIngested: return .ingested(try decode(ArticleIngested.self, event))
        case TimelineEventType.articleExtracted:
            // The fast reader covers what the log holds; anything it doubts goes to JSONDecoder.
            if let extracted = try? ArticleExtractedReader.read(event.data) { return .extracted(extracted) }
            return .extracted(try decode(ArticleExtracted.self, event))
        case TimelineEventType.entriesRetracted: return .retracted(try decode(EntriesRetracted.self, event))
        case TimelineEventType.entriesAdded: return .added(try decode(EntriesAdded.self, event))
        default:
            do {
                if let curated = try EventCurationEvent.decode(type: event.type, json: event.data) { return .eventCurated(curated) }
                return try ActorCurationEvent.decode(type: event.type, json: event.data).map { .curated($0) } ?? .other
            } catch {
                throw ProjectionError(position: event.position, eventType: event.type, reason: "payload does not decode: \(error)")
            }
        }
    }

    private static func decode<T: Decodable>(_ type: T.Type, _ event: RecordedEvent) throws -> T {
        do {
            return try JSONDecoder().decode(type, from: Data(event.data.utf8))
        } catch {
            throw ProjectionError(position: event.position, eventType: event.type, reason: "payload does not decode: \(error)")
        }
    }
}
