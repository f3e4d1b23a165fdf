import Postgres

/// What the log holds for an article stream: its version, and the latest revision's content hash.
struct ArticleStreamState: Equatable {
    var version: Int64
    var revision: Int
    var contentHash: String

    /// The state of each of `streams` that exists, read in one statement.
    static func load(for streams: [String], connection: PostgresConnection) throws -> [String: ArticleStreamState] {
        guard !streams.isEmpty else { return [:] }
        let rows = try connection.query("""
            SELECT s.stream_id, s.version, a.revision, a.content_hash
            FROM (SELECT stream_id, max(version) AS version FROM events
                  WHERE stream_id = ANY($1::text[]) GROUP BY stream_id) s
            CROSS JOIN LATERAL (
                SELECT (data->>'revision')::int AS revision, data->>'contentHash' AS content_hash
                FROM events
                WHERE stream_id = s.stream_id AND event_type = $2
                ORDER BY version DESC LIMIT 1) a
            """, [.array(streams), .text(TimelineEventType.articleIngested)])
        var states: [String: ArticleStreamState] = [:]
        for row in rows {
            states[try row.string("stream_id")] = ArticleStreamState(
                version: try row.int64("version"), revision: Int(try row.int64("revision")),
                contentHash: try row.string("content_hash"))
        }
        return states
    }
}
