import EventStore
import Foundation
import Postgres

/// The per-actor timeline read model, fed from the event log by position.
///
/// Each page of events is applied in one transaction that also moves the checkpoint, so the
/// rows and the checkpoint can never disagree: a crash before COMMIT leaves both as they were,
/// and the next run re-reads the same page. The checkpoint row is locked `FOR UPDATE`, so two
/// projectors on one database take turns instead of applying a page twice.
public final class TimelineProjection: Sendable {
    public static let name = "actor_timelines"

    private let connection: PostgresConnection
    private let pageSize: Int

    public init(connection: PostgresConnection, pageSize: Int = 2_000) {
        self.connection = connection
        self.pageSize = pageSize
    }

    /// The position up to which the log has been applied.
    public func checkpoint() throws -> Int64 {
        let rows = try connection.query(
            "SELECT position FROM projection_checkpoints WHERE projection = $1", [.text(Self.name)])
        return try rows.first.map { try $0.int64("position") } ?? 0
    }

    /// Applies every event after the checkpoint; returns how many events were applied.
    /// `progress` is called after each page with (applied so far, log head).
    @discardableResult
    public func catchUp(progress: ((Int64, Int64) -> Void)? = nil) throws -> Int {
        let head = try EventLog(connection: connection).headPosition()
        var applied = 0
        while true {
            let count = try connection.transaction { conn in try applyPage(conn) }
            applied += count
            progress?(try checkpoint(), head)
            if count == 0 { return applied }
        }
    }

    /// Recomputes the read model from position zero in one transaction: readers keep seeing the
    /// old rows until the new ones are complete, and a failure leaves the old rows in place.
    @discardableResult
    public func rebuild(progress: ((Int64, Int64) -> Void)? = nil) throws -> Int {
        let head = try EventLog(connection: connection).headPosition()
        return try connection.transaction { conn in
            try lockCheckpoint(conn)
            try conn.query("DELETE FROM timeline_entries")
            try conn.query("DELETE FROM timeline_entry_history")
            try conn.query("DELETE FROM timeline_unresolved")
            try conn.query("DELETE FROM timeline_articles")
            try conn.query("UPDATE projection_checkpoints SET position = 0, updated_at = now() WHERE projection = $1",
                           [.text(Self.name)])
            var applied = 0
            while true {
                let count = try applyPage(conn)
                applied += count
                progress?(try currentPosition(conn), head)
                if count == 0 { return applied }
            }
        }
    }

    /// One page: lock the checkpoint, read the events after it, write their rows, move it.
    private func applyPage(_ conn: PostgresConnection) throws -> Int {
        let position = try lockCheckpoint(conn)
        let events = try EventLog(connection: conn).read(after: position, limit: pageSize)
        guard let last = events.last else { return 0 }
        let payloads = try ParallelMap.map(events, TimelinePayload.decode)
        let curation = try CurationLog(connection: conn).state(upTo: position)
        let directory = ActorDirectory(try GazetteerStore(connection: conn).load())
        var writer = TimelineRowWriter(connection: conn, curation: curation, directory: directory)
        for (event, payload) in zip(events, payloads) { try writer.apply(event, payload) }
        try writer.flush()
        try conn.query("UPDATE projection_checkpoints SET position = $2, updated_at = now() WHERE projection = $1",
                       [.text(Self.name), .int(last.position)])
        return events.count
    }

    @discardableResult
    private func lockCheckpoint(_ conn: PostgresConnection) throws -> Int64 {
        try conn.query("INSERT INTO projection_checkpoints (projection, position) VALUES ($1, 0) ON CONFLICT DO NOTHING",
                       [.text(Self.name)])
        return try currentPosition(conn, forUpdate: true)
    }

    private func currentPosition(_ conn: PostgresConnection, forUpdate: Bool = false) throws -> Int64 {
        let sql = "SELECT position FROM projection_checkpoints WHERE projection = $1" + (forUpdate ? " FOR UPDATE" : "")
        return try conn.query(sql, [.text(Self.name)]).first.map { try $0.int64("position") } ?? 0
    }
}
