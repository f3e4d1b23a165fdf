import Postgres

/// The article streams of the log, page by page in the order they were first ingested.
///
/// Every article stream starts with `ArticleIngested` at version 1 (its first ingest), so those
/// events name each stream exactly once, and paging on their position needs no memory of the
/// streams already seen. Only streams begun at or before `head` are listed, so articles ingested
/// while a reprocess runs wait for the next one.
struct ArticleStreamCatalog: Sendable {
    let connection: PostgresConnection
    let head: Int64
    private var cursor: Int64 = 0

    init(connection: PostgresConnection, head: Int64) {
        self.connection = connection
        self.head = head
    }

    /// How many article streams there are up to `head`.
    func count() throws -> Int {
        Int(try connection.query("""
            SELECT count(*) AS n FROM events WHERE version = 1 AND event_type = $1 AND position <= $2
            """, [.text(TimelineEventType.articleIngested), .int(head)])[0].int64("n"))
    }

    /// The next `limit` article streams; empty when all were listed.
    mutating func next(_ limit: Int) throws -> [String] {
        let rows = try connection.query("""
            SELECT position, stream_id FROM events
            WHERE position > $1 AND position <= $2 AND version = 1 AND event_type = $3
            ORDER BY position LIMIT $4
            """, [.int(cursor), .int(head), .text(TimelineEventType.articleIngested), .int(Int64(max(1, limit)))])
        guard let last = rows.last else { return [] }
        cursor = try last.int64("position")
        return try rows.map { try $0.string("stream_id") }
    }
}
