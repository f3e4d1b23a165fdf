import EventClustering
import Foundation

/// A curator's correction of event clustering, recorded in the stream `event-curation` and
/// applied by the projection at its place in the log, so it survives rebuilds and reprocessing.
///
/// `timeline events split ev3k… --mention k3m9x2a7pq` appends `EventSplit(eventID: "ev3k…",
/// newEventID: "ev7q…", mentionIDs: ["k3m9x2a7pq"], keptIDs: [the others])`; `timeline events merge
/// A B` appends `EventsMerged(sourceID: B, targetID: A, mentionIDs: [all of both])`.
public enum EventCurationEvent: Sendable, Equatable {
    public struct Split: Sendable, Codable, Equatable {
        public var eventID: String
        public var newEventID: String
        public var mentionIDs: [String]
        public var keptIDs: [String]

        public init(eventID: String, mentionIDs: [String], keptIDs: [String]) {
            self.eventID = eventID
            self.newEventID = EventID.split(from: eventID, mentionIDs: mentionIDs)
            self.mentionIDs = mentionIDs.sorted()
            self.keptIDs = keptIDs.sorted()
        }
    }

    public struct Merged: Sendable, Codable, Equatable {
        public var sourceID: String
        public var targetID: String
        public var mentionIDs: [String]

        public init(sourceID: String, targetID: String, mentionIDs: [String]) {
            self.sourceID = sourceID
            self.targetID = targetID
            self.mentionIDs = mentionIDs.sorted()
        }
    }

    case split(Split)
    case merged(Merged)

    public static let stream = "event-curation"

    public var type: String {
        switch self {
        case .split: return TimelineEventType.eventSplit
        case .merged: return TimelineEventType.eventsMerged
        }
    }

    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        switch self {
        case .split(let p): return String(decoding: try encoder.encode(p), as: UTF8.self)
        case .merged(let p): return String(decoding: try encoder.encode(p), as: UTF8.self)
        }
    }

    /// Decodes a stored event; `nil` when `type` is not an event-curation type.
    public static func decode(type: String, json: String) throws -> EventCurationEvent? {
        let data = Data(json.utf8)
        switch type {
        case TimelineEventType.eventSplit: return .split(try JSONDecoder().decode(Split.self, from: data))
        case TimelineEventType.eventsMerged: return .merged(try JSONDecoder().decode(Merged.self, from: data))
        default: return nil
        }
    }

    /// Records the act in `curation` (pins and aliases), without moving any mention.
    func record(in curation: inout ClusterCuration) {
        switch self {
        case .split(let p): curation.split(kept: p.keptIDs, moved: p.mentionIDs, from: p.eventID, into: p.newEventID)
        case .merged(let p): curation.merge(p.sourceID, into: p.targetID, mentions: p.mentionIDs)
        }
    }
}
