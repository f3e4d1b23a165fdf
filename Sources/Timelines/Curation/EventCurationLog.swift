import EventStore
import Postgres

/// Reads the version of and appends to the `event-curation` stream; an append states the version
/// it was validated against, so two curators acting at once cannot both act on a stale state.
public struct EventCurationLog: Sendable {
    public let connection: PostgresConnection

    public init(connection: PostgresConnection) {
        self.connection = connection
    }

    public func version() throws -> Int64 {
        try EventLog(connection: connection).currentVersion(of: EventCurationEvent.stream)
    }

    /// Appends `event` if the stream is still at `expectedVersion`; returns its log position.
    /// Throws `CurationError.concurrentChange` otherwise.
    @discardableResult
    public func append(_ event: EventCurationEvent, expectedVersion: Int64) throws -> Int64 {
        let expected: ExpectedVersion = expectedVersion == 0 ? .noStream : .exactly(expectedVersion)
        do {
            return try EventLog(connection: connection)
                .append(to: EventCurationEvent.stream, [NewEvent(type: event.type, data: try event.json())], expected: expected)
                .positions.last ?? 0
        } catch let error as EventLogError where error.isWrongExpectedVersion {
            throw CurationError.concurrentChange
        }
    }
}
