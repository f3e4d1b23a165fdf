import ActorRecognition
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

    /// Every actor: those of `gazetteer` (pass the curated one) and the provisional ones seen in
    /// entries, with entry counts, most entries first.
    public func actorSummaries(gazetteer: Gazetteer) throws -> [ActorSummary] {
        let rows = try connection.query("""
            SELECT actor_id, max(actor_name) AS name, max(actor_kind) AS kind, bool_or(provisional) AS provisional,
                   count(*) AS entries
            FROM timeline_entries GROUP BY actor_id
            """)
        var counts: [String: (name: String, kind: String, provisional: Bool, entries: Int)] = [:]
        for row in rows {
            counts[try row.string("actor_id")] = (try row.string("name"), try row.string("kind"), try row.bool("provisional"),
                                                  Int(try row.int64("entries")))
        }
        var summaries = gazetteer.actors.map { actor in
            ActorSummary(id: actor.id, name: actor.canonicalName, latinName: actor.latinName, kind: actor.kind.rawValue,
                         provisional: false, aliases: Array(Set(actor.aliases)).sorted(),
                         entryCount: counts.removeValue(forKey: actor.id)?.entries ?? 0)
        }
        summaries += counts.map { id, c in
            ActorSummary(id: id, name: c.name, latinName: "", kind: c.kind, provisional: c.provisional, aliases: [],
                         entryCount: c.entries)
        }
        return summaries.sorted { ($0.entryCount, $1.id) > ($1.entryCount, $0.id) }
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
