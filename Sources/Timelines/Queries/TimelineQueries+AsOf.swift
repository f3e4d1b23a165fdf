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
        let rows = try connection.query("""
            WITH known AS (
                SELECT entry_id, actor_id, actor_name, value, granularity, first_day, last_day, expression, sentence,
                       evidence, other_actor_names, other_actor_ids, stream_id
                FROM timeline_entries WHERE actor_id = $1 AND recorded_at <= $6::timestamptz
                UNION ALL
                SELECT entry_id, actor_id, actor_name, value, granularity, first_day, last_day, expression, sentence,
                       evidence, other_actor_names, other_actor_ids, stream_id
                FROM timeline_entry_history
                WHERE actor_id = $1 AND recorded_at <= $6::timestamptz AND retracted_at > $6::timestamptz)
            SELECT e.entry_id, e.actor_id, e.actor_name, e.value, e.granularity, e.first_day::text AS first_day,
                   e.last_day::text AS last_day, e.expression, e.sentence, e.evidence,
                   array_to_json(e.other_actor_names)::text AS other_names, array_to_json(e.other_actor_ids)::text AS other_ids,
                   a.title, a.url, a.identifier, a.published::text AS published
            FROM known e JOIN timeline_articles a ON a.stream_id = e.stream_id
            WHERE ($2::date IS NULL OR e.last_day >= $2::date)
              AND ($3::date IS NULL OR e.first_day <= $3::date)
              AND ($4::text IS NULL OR $4::text = ANY (e.other_actor_ids))
            ORDER BY e.first_day, e.last_day DESC, e.entry_id
            LIMIT $5
            """, [
                .text(actorID),
                filter.from.map { .text($0.iso) } ?? .null,
                filter.to.map { .text($0.iso) } ?? .null,
                filter.withActor.map { .text($0) } ?? .null,
                filter.limit.map { .int(Int64($0)) } ?? .null,
                .text(Timestamp.iso(asOf)),
            ])
        return try rows.map(TimelineEntry.init(row:))
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
