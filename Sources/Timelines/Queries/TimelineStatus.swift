import EventStore
import Postgres

/// Sizes and lag: how much is in the log, and how far behind the projection is.
public struct TimelineStatus: Sendable, Codable, Equatable {
    public var logEvents: Int64
    public var logHead: Int64
    public var projectionPosition: Int64
    public var articles: Int64
    public var entries: Int64
    public var actorsWithEntries: Int64
    /// Events in the log after the projection's checkpoint.
    public var lagEvents: Int64

    public static func read(connection: PostgresConnection) throws -> TimelineStatus {
        let head = try EventLog(connection: connection).headPosition()
        let position = try TimelineProjection(connection: connection).checkpoint()
        let row = try connection.query("""
            SELECT (SELECT count(*) FROM events) AS events,
                   (SELECT count(*) FROM events WHERE position > $1) AS lag,
                   (SELECT count(*) FROM timeline_articles) AS articles,
                   (SELECT count(*) FROM timeline_entries) AS entries,
                   (SELECT count(DISTINCT actor_id) FROM timeline_entries) AS actors
            """, [.int(position)])[0]
        return TimelineStatus(
            logEvents: try row.int64("events"), logHead: head, projectionPosition: position,
            articles: try row.int64("articles"), entries: try row.int64("entries"),
            actorsWithEntries: try row.int64("actors"), lagEvents: try row.int64("lag")
        )
    }
}
