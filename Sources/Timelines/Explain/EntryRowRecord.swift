import Foundation
import Postgres

/// A row of `timeline_entries` or `timeline_entry_history` for one entry, as `EntryExplainer` reads it.
struct EntryRowRecord: Sendable, Equatable {
    var actorID: String
    var actorName: String
    var actorKind: String
    var provisional: Bool
    var evidence: String
    var streamID: String
    var revision: Int
    /// Log position of the event that wrote the row.
    var position: Int64
    /// For history rows: position and reason of the event that took it away; `nil` for current rows.
    var retractedPosition: Int64?
    var retraction: String?

    var isCurrent: Bool { retractedPosition == nil }

    /// Current rows first (by actor), then history rows in the order they were taken away.
    static func load(entryID: String, connection: PostgresConnection) throws -> [EntryRowRecord] {
        let rows = try connection.query("""
            SELECT actor_id, actor_name, actor_kind, provisional, evidence, stream_id, revision, position,
                   NULL::bigint AS retracted_position, NULL::text AS retraction
            FROM timeline_entries WHERE entry_id = $1
            UNION ALL
            SELECT actor_id, actor_name, actor_kind, provisional, evidence, stream_id, revision, position,
                   retracted_position, retraction
            FROM timeline_entry_history WHERE entry_id = $1
            ORDER BY retracted_position NULLS FIRST, position, actor_id
            """, [.text(entryID)])
        return try rows.map { row in
            EntryRowRecord(
                actorID: try row.string("actor_id"), actorName: try row.string("actor_name"),
                actorKind: try row.string("actor_kind"), provisional: try row.bool("provisional"),
                evidence: try row.string("evidence"), streamID: try row.string("stream_id"),
                revision: Int(try row.int64("revision")), position: try row.int64("position"),
                retractedPosition: try row["retracted_position"].map { _ in try row.int64("retracted_position") },
                retraction: row["retraction"])
        }
    }

    /// "जापान (japan)".
    var actorLabel: String { "\(actorName) (\(actorID))" }
}
