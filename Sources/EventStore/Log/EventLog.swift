import Foundation
import Postgres

/// The append-only event log in PostgreSQL (table `events`, created by the migrations in `sql/`).
///
/// ```swift
/// let log = EventLog(connection: conn)
/// let result = try log.append(to: "actor:भारत", [
///     NewEvent(type: "DatedEventExtracted", data: #"{"text": "15 अगस्त 1947 को", "date": "1947-08-15"}"#)
/// ], expected: .noStream)
/// result.lastVersion   // 1
/// try log.readStream("actor:भारत").map(\.type)   // ["DatedEventExtracted"]
/// ```
/// Calls block on libpq; the log is `Sendable` and may be shared, calls on one connection run one at a time.
public final class EventLog: Sendable {
    /// Largest accepted `data`, in UTF-8 bytes (1 MiB).
    public static let maximumDataBytes = 1 << 20
    /// Largest accepted `metadata`, in UTF-8 bytes (64 KiB).
    public static let maximumMetadataBytes = 1 << 16
    /// Largest accepted stream id, in UTF-8 bytes.
    public static let maximumStreamIDBytes = 255
    /// The NOTIFY channel signalled after every committed append.
    public static let notificationChannel = "events_appended"

    let connection: PostgresConnection

    public init(connection: PostgresConnection) {
        self.connection = connection
    }

    /// Appends `events` to `stream` if the stream is at `expected`; all or nothing.
    ///
    /// Throws ``EventLogError/Code/wrongExpectedVersion(stream:expected:actual:)`` when another writer was
    /// first. Retrying an append whose event ids are already stored with the same content returns the
    /// stored result with `wasDuplicate == true`; the same ids with other content throw
    /// ``EventLogError/Code/idempotencyMismatch(stream:)``.
    @discardableResult
    public func append(to stream: String, _ events: [NewEvent], expected: ExpectedVersion) throws -> AppendResult {
        try AppendRunner(connection: connection, request: AppendRequest([(stream: stream, events: events, expected: expected)])).run()[0]
    }

    /// Appends to many streams in one transaction (one statement per attempt): every stream's expected
    /// version must hold, or nothing is written. Results are in the order of `batch`. A stream may appear in
    /// several entries; each is checked against the version the entries before it leave.
    ///
    /// Retrying a batch is safe: an entry whose event ids are all stored, in order, with the same
    /// content, is reported with `wasDuplicate == true` and not written again; the other entries are
    /// appended. Ids stored with other content throw ``EventLogError/Code/idempotencyMismatch(stream:)``.
    @discardableResult
    public func append(batch: [(stream: String, events: [NewEvent], expected: ExpectedVersion)]) throws -> [AppendResult] {
        if batch.isEmpty { return [] }
        return try AppendRunner(connection: connection, request: AppendRequest(batch)).run()
    }

    /// Events of `stream` from `fromVersion` on, in version order.
    public func readStream(_ stream: String, fromVersion: Int64 = 1) throws -> [RecordedEvent] {
        try EventReader.rows(connection, EventReader.selectColumns
            + " WHERE stream_id = $1 AND version >= $2 ORDER BY version", [.text(stream), .int(fromVersion)])
    }

    /// Up to `limit` events with a position above `position`, in position order. Passing the last
    /// returned position back in never skips a committed event.
    ///
    /// Why position alone is a safe cursor: positions come from a sequence while the appending
    /// transaction runs, so without care T1 could take position 5, T2 take 6 and commit first; a reader
    /// would return 6, move its cursor past 5 and never see 5.
    ///
    /// Filtering on transaction ids (`transaction_id < pg_snapshot_xmin(pg_current_snapshot())`) does not
    /// close this gap on its own: let T1 (xid 100) take position 6 and commit, T2 (xid 102) take position
    /// 5 and commit, while an unrelated T3 (xid 101) still runs. The reader's xmin is 101, so it returns 6
    /// and hides 5 until T3 ends, by which time its cursor is past 5. (It also lets any long transaction
    /// anywhere in the cluster, even in another database, hold back every reader.)
    ///
    /// The remedy is in the schema: every insert into `events` first takes one transaction-scoped
    /// advisory lock (a `BEFORE INSERT ... FOR EACH STATEMENT` trigger), and PostgreSQL releases it only
    /// after the commit has become visible. Positions are therefore assigned and made visible one
    /// transaction at a time, in position order, and every snapshot sees a gap-free prefix of the
    /// committed positions (gaps left by rolled-back appends never fill in later). The critical section
    /// is short: an append is a single statement, so the lock covers only server-side work and the
    /// commit. `transaction_id` is still recorded for auditing. Bypassing the trigger (disabling it, or
    /// `session_replication_role = replica`) voids the guarantee.
    public func read(after position: Int64, limit: Int = 1000) throws -> [RecordedEvent] {
        try EventReader.read(connection, after: position, limit: limit)
    }

    /// The position of the last event a reader can see (0 for an empty log).
    public func headPosition() throws -> Int64 {
        try connection.query("SELECT coalesce(max(position), 0) AS head FROM events")[0].int64("head")
    }

    /// The current version of `stream` (0 when it has no events).
    public func currentVersion(of stream: String) throws -> Int64 {
        try connection.query("SELECT coalesce(max(version), 0) AS v FROM events WHERE stream_id = $1", [.text(stream)])[0].int64("v")
    }

    /// An endless `AsyncSequence` of events after `position`, in position order. It reads in batches on its
    /// own connection (made by `connectionFactory`), sleeps on `LISTEN events_appended`, and polls every
    /// `pollInterval` in case a notification is missed. Ends when the consuming task is cancelled.
    public func tail(
        after position: Int64, connectionFactory: @escaping @Sendable () throws -> PostgresConnection,
        pollInterval: Duration = .seconds(1)
    ) -> EventTail {
        EventTail(after: position, connectionFactory: connectionFactory, pollInterval: pollInterval)
    }

    static func bigintArray(_ text: String) throws -> [Int64] {
        let body = text.dropFirst().dropLast()
        if body.isEmpty { return [] }
        return try body.split(separator: ",").map { part in
            guard let value = Int64(part) else {
                throw EventLogError(.database, underlying: PostgresError(code: .decoding, message: "bad bigint array element"))
            }
            return value
        }
    }
}
