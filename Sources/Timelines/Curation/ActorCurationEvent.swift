import Foundation

/// One act of actor curation, as recorded in the stream `actor-curation`.
///
/// Curation never edits earlier events: it appends one of these, and the timeline projection
/// re-attributes the rows it affects. For example `timeline actors merge "राजेश वर्मा" "Rajesh Verma"`
/// appends `ActorsMerged(sourceID: "provisional:राजेश वर्मा", targetID: "rajesh-verma")`.
public enum ActorCurationEvent: Sendable, Equatable {
    /// A new actor, e.g. "वांग यी" (person, Latin "Wang Yi", alias "वांग"). Earlier provisional
    /// entries under any of its names move to it.
    public struct Added: Sendable, Codable, Equatable {
        public var actorID: String
        public var name: String
        public var kind: String
        public var latinName: String
        public var aliases: [String]

        public init(actorID: String, name: String, kind: String, latinName: String, aliases: [String]) {
            self.actorID = actorID
            self.name = name
            self.kind = kind
            self.latinName = latinName
            self.aliases = aliases
        }
    }

    /// Another name for a known actor, e.g. "लावरॉव" for Sergey Lavrov. Provisional entries under
    /// that name move to the actor.
    public struct AliasAdded: Sendable, Codable, Equatable {
        public var actorID: String
        public var alias: String

        public init(actorID: String, alias: String) {
            self.actorID = actorID
            self.alias = alias
        }
    }

    /// Two actors are one: everything said of the source is now said of the target.
    public struct Merged: Sendable, Codable, Equatable {
        public var sourceID: String
        public var sourceName: String
        public var targetID: String
        public var targetName: String

        public init(sourceID: String, sourceName: String, targetID: String, targetName: String) {
            self.sourceID = sourceID
            self.sourceName = sourceName
            self.targetID = targetID
            self.targetName = targetName
        }
    }

    /// A new display name for an actor; the old one stays an alias.
    public struct Renamed: Sendable, Codable, Equatable {
        public var actorID: String
        public var oldName: String
        public var name: String

        public init(actorID: String, oldName: String, name: String) {
            self.actorID = actorID
            self.oldName = oldName
            self.name = name
        }
    }

    /// Not an actor (e.g. a role pattern that caught "प्रवक्ता ने"): its entries leave the timelines.
    public struct Rejected: Sendable, Codable, Equatable {
        public var actorID: String
        public var name: String
        public var reason: String

        public init(actorID: String, name: String, reason: String) {
            self.actorID = actorID
            self.name = name
            self.reason = reason
        }
    }

    case added(Added)
    case aliasAdded(AliasAdded)
    case merged(Merged)
    case renamed(Renamed)
    case rejected(Rejected)

    /// The stream every curation event is appended to, in order.
    public static let stream = "actor-curation"

    /// The event type stored in the log.
    public var type: String {
        switch self {
        case .added: return TimelineEventType.actorAdded
        case .aliasAdded: return TimelineEventType.actorAliasAdded
        case .merged: return TimelineEventType.actorsMerged
        case .renamed: return TimelineEventType.actorRenamed
        case .rejected: return TimelineEventType.actorRejected
        }
    }

    /// Whether `type` names a curation event.
    public static func isCuration(_ type: String) -> Bool {
        [TimelineEventType.actorAdded, TimelineEventType.actorAliasAdded, TimelineEventType.actorsMerged,
         TimelineEventType.actorRenamed, TimelineEventType.actorRejected].contains(type)
    }

    /// The payload as JSON, keys sorted.
    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data: Data
        switch self {
        case .added(let p): data = try encoder.encode(p)
        case .aliasAdded(let p): data = try encoder.encode(p)
        case .merged(let p): data = try encoder.encode(p)
        case .renamed(let p): data = try encoder.encode(p)
        case .rejected(let p): data = try encoder.encode(p)
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Decodes a stored event; `nil` when `type` is not a curation type.
    public static func decode(type: String, json: String) throws -> ActorCurationEvent? {
        let decoder = JSONDecoder()
        let data = Data(json.utf8)
        switch type {
        case TimelineEventType.actorAdded: return .added(try decoder.decode(Added.self, from: data))
        case TimelineEventType.actorAliasAdded: return .aliasAdded(try decoder.decode(AliasAdded.self, from: data))
        case TimelineEventType.actorsMerged: return .merged(try decoder.decode(Merged.self, from: data))
        case TimelineEventType.actorRenamed: return .renamed(try decoder.decode(Renamed.self, from: data))
        case TimelineEventType.actorRejected: return .rejected(try decoder.decode(Rejected.self, from: data))
        default: return nil
        }
    }
}
