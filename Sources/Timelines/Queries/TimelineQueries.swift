import HindiTemporal
import Postgres

/// Reads the per-actor timeline read model.
public final class TimelineQueries: Sendable {
    let connection: PostgresConnection

    public init(connection: PostgresConnection) {
        self.connection = connection
    }

    /// One actor's entries in chronological order: by first day, a coarser date (a month)
    /// before the finer ones it contains (the days of that month), then by entry id, so the order is stable.
    ///
    /// Served by the index `(actor_id, first_day, last_day DESC, entry_id)`.
    public func entries(actorID: String, filter: TimelineFilter = .init()) throws -> [TimelineEntry] {
        if let asOf = filter.asOf { return try entries(actorID: actorID, filter: filter, asOf: asOf) }
        let rows = try connection.query("""
            SELECT e.entry_id, e.actor_id, e.actor_name, e.value, e.granularity, e.first_day::text AS first_day,
                   e.last_day::text AS last_day, e.expression, e.sentence, e.evidence,
                   array_to_json(e.other_actor_names)::text AS other_names, array_to_json(e.other_actor_ids)::text AS other_ids,
                   a.title, a.url, a.identifier, a.published::text AS published
            FROM timeline_entries e JOIN timeline_articles a ON a.stream_id = e.stream_id
            WHERE e.actor_id = $1
              AND ($2::date IS NULL OR e.last_day >= $2::date)
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
            ])
        return try rows.map(TimelineEntry.init(row:))
    }

    /// Every actor: the gazetteer's and the provisional ones seen in entries, with entry counts.
    public func actorSummaries() throws -> [ActorSummary] {
        let rows = try connection.query("""
            WITH counts AS (
                SELECT actor_id, max(actor_name) AS name, max(actor_kind) AS kind, bool_or(provisional) AS provisional,
                       count(*) AS entries
                FROM timeline_entries GROUP BY actor_id)
            SELECT coalesce(a.id, c.actor_id) AS id, coalesce(a.canonical_name, c.name) AS name,
                   coalesce(a.latin_name, '') AS latin, coalesce(a.kind, c.kind) AS kind,
                   coalesce(c.provisional, false) AS provisional, coalesce(c.entries, 0) AS entries,
                   coalesce((SELECT array_to_json(array_agg(alias ORDER BY alias)) FROM actor_aliases WHERE actor_id = a.id), '[]')::text AS aliases
            FROM actors a FULL JOIN counts c ON c.actor_id = a.id
            ORDER BY entries DESC, id
            """)
        return try rows.map { row in
            ActorSummary(
                id: try row.string("id"), name: try row.string("name"), latinName: try row.string("latin"),
                kind: try row.string("kind"), provisional: try row.bool("provisional"),
                aliases: JSONText.strings(try row.string("aliases")), entryCount: Int(try row.int64("entries"))
            )
        }
    }
}

/// An actor with its aliases and how many timeline entries it has.
public struct ActorSummary: Sendable, Codable, Equatable {
    public var id: String
    public var name: String
    public var latinName: String
    public var kind: String
    public var provisional: Bool
    public var aliases: [String]
    public var entryCount: Int
}
