import Foundation
import Postgres

extension TimelineQueries {
    /// One actor's timeline as it was known at `asOf` (by recording time): the current rows
    /// recorded by then, and the rows taken away later (`timeline_entry_history`) that had been
    /// recorded by then. Same order and filters as the current timeline.
    ///
    /// After "शनिवार को किम ने …" was retracted at 2025-07-02T09:00, `--as-of 2025-07-01T12:00`
    /// still lists it and the current timeline does not.
    func entries(actorID: String, filter: TimelineFilter, asOf: Date) throws -> [TimelineEntry] {
        var reader = TimelineEntry.Reader(actorID: actorID)
        try connection.forEachRow("""
            WITH known AS (
                SELECT \(EntryRow.columns) FROM timeline_entries WHERE actor_id = $1 AND recorded_at <= $10::timestamptz
                UNION ALL
                SELECT \(EntryRow.columns) FROM timeline_entry_history
                WHERE actor_id = $1 AND recorded_at <= $10::timestamptz AND retracted_at > $10::timestamptz)
            SELECT \(Self.entryColumns) FROM known e
            WHERE \(Self.entryFilter)
            ORDER BY e.first_day, e.last_day DESC, e.entry_id
            LIMIT $5
            """, Self.parameters(actorID, filter) + [.text(Timestamp.iso(asOf))]) { try reader.read($0) }
        return reader.entries
    }

    /// Provisional actors that had entries at `asOf` and have since been merged away or rejected.
    public func formerProvisionalActors(asOf: Date) throws -> [ActorSummary] {
        let rows = try connection.query("""
            SELECT actor_id, max(actor_name) AS name, max(actor_kind) AS kind, count(*) AS entries
            FROM timeline_entry_history
            WHERE provisional AND recorded_at <= $1::timestamptz AND retracted_at > $1::timestamptz
            GROUP BY actor_id
            """, [.text(Timestamp.iso(asOf))])
        return try rows.map { row in
            ActorSummary(id: try row.string("actor_id"), name: try row.string("name"), latinName: "", kind: try row.string("kind"),
                         provisional: true, aliases: [], entryCount: Int(try row.int64("entries")))
        }
    }
}
