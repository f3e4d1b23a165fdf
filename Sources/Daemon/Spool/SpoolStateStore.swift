import Foundation
import Postgres

/// The `spool_state` table (sql/100_sources.sql): what the daemon took from each spool directory,
/// counted as ``FeedStateStore`` counts a feed's items. Undated spool items are quarantined under
/// the feed name ``quarantineFeed``, like a feed's.
///
/// Example: after `/var/spool/timeline/desh.xml` with 2 dated items and 1 undated one moved to
/// `done/`, `SpoolStateStore.all(connection)` shows `filesDone == 1`, `itemsSeen == 3`,
/// `itemsIngested == 2`, `itemsQuarantined == 1`, `lastFile == "desh.xml"`.
public enum SpoolStateStore {
    /// The `feed_quarantine.feed` of items set aside from spool files.
    public static let quarantineFeed = "spool"

    /// One row of `spool_state`.
    public struct Row: Sendable, Equatable, Codable {
        public var directory: String
        public var filesDone: Int64
        public var filesRejected: Int64
        public var itemsSeen: Int64
        public var itemsIngested: Int64
        public var itemsQuarantined: Int64
        public var lastFile: String?
        public var lastFileAt: String?
    }

    /// Counts finished files; `file` is the last of them.
    public static func record(
        directory: String, file: String, done: Int, rejected: Int, seen: Int, ingested: Int, quarantined: Int,
        connection: PostgresConnection
    ) throws {
        try connection.query("""
            INSERT INTO spool_state AS s (directory, files_done, files_rejected, items_seen, items_ingested, items_quarantined,
                                          last_file, last_file_at)
            VALUES ($1, $3, $4, $5, $6, $7, $2, now())
            ON CONFLICT (directory) DO UPDATE SET
                files_done = s.files_done + EXCLUDED.files_done, files_rejected = s.files_rejected + EXCLUDED.files_rejected,
                items_seen = s.items_seen + EXCLUDED.items_seen, items_ingested = s.items_ingested + EXCLUDED.items_ingested,
                items_quarantined = s.items_quarantined + EXCLUDED.items_quarantined,
                last_file = EXCLUDED.last_file, last_file_at = now(), updated_at = now()
            """, [.text(directory), .text(file), .int(Int64(done)), .int(Int64(rejected)), .int(Int64(seen)), .int(Int64(ingested)),
                  .int(Int64(quarantined))])
    }

    /// Every spool directory the daemon has taken files from, by path.
    public static func all(_ connection: PostgresConnection) throws -> [Row] {
        try connection.query("""
            SELECT directory, files_done, files_rejected, items_seen, items_ingested, items_quarantined, last_file,
                   last_file_at::text AS last_file_at
            FROM spool_state ORDER BY directory
            """).map { row in
            Row(directory: try row.string("directory"), filesDone: try row.int64("files_done"),
                filesRejected: try row.int64("files_rejected"), itemsSeen: try row.int64("items_seen"),
                itemsIngested: try row.int64("items_ingested"), itemsQuarantined: try row.int64("items_quarantined"),
                lastFile: row["last_file"], lastFileAt: row["last_file_at"])
        }
    }
}
