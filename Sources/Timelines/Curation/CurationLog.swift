import EventStore
import Foundation
import Postgres

/// Reads and appends the `actor-curation` stream.
///
/// Appends state the version they were validated against, so two curators acting at once
/// cannot both act on a state that one of them has just changed: the second gets
/// `CurationError.concurrentChange` and may retry.
public struct CurationLog: Sendable {
    public let connection: PostgresConnection

    public init(connection: PostgresConnection) {
        self.connection = connection
    }

    /// The curation events with their log positions, in order.
    public func events() throws -> [(position: Int64, recordedAt: Date, event: ActorCurationEvent)] {
        try EventLog(connection: connection).readStream(ActorCurationEvent.stream).compactMap { recorded in
            do {
                return try ActorCurationEvent.decode(type: recorded.type, json: recorded.data)
                    .map { (recorded.position, recorded.recordedAt, $0) }
            } catch {
                throw ProjectionError(position: recorded.position, eventType: recorded.type,
                                      reason: "curation payload does not decode: \(error)")
            }
        }
    }

    /// Everything curated so far; with `position`, only what was recorded at or before it.
    public func state(upTo position: Int64? = nil) throws -> ActorCuration {
        ActorCuration(try events().filter { position == nil || $0.position <= position! }.map(\.event))
    }

    /// What had been curated at `moment` (by recording time), for timelines `--as-of` it.
    public func state(asOf moment: Date) throws -> ActorCuration {
        ActorCuration(try events().filter { $0.recordedAt <= moment }.map(\.event))
    }

    /// Appends `event` if the stream is still at `expectedVersion`; returns the event's log position.
    @discardableResult
    public func append(_ event: ActorCurationEvent, expectedVersion: Int64) throws -> Int64 {
        let new = NewEvent(type: event.type, data: try event.json())
        let expected: ExpectedVersion = expectedVersion == 0 ? .noStream : .exactly(expectedVersion)
        do {
            return try EventLog(connection: connection).append(to: ActorCurationEvent.stream, [new], expected: expected)
                .positions.last ?? 0
        } catch let error as EventLogError where error.isWrongExpectedVersion {
            throw CurationError.concurrentChange
        }
    }
}

/// Why a curation act was refused.
public enum CurationError: Error, CustomStringConvertible, Equatable {
    case concurrentChange

    public var description: String {
        switch self {
        case .concurrentChange: return "someone else curated at the same moment; run the command again"
        }
    }
}
