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
    /// Served by the index `(actor_id, first_day, last_day DESC, entry_id)` in its order, and one
    /// article lookup per entry. The lists of other actors come as `text[]` and rows are read by
    /// column position: a busy actor has thousands of entries, and their decoding is a large part
    /// of the answer time.
    public func entries(actorID: String, filter: TimelineFilter = .init()) throws -> [TimelineEntry] {
        if let asOf = filter.asOf { return try entries(actorID: actorID, filter: filter, asOf: asOf) }
        let rows = try connection.query("""
            SELECT e.entry_id, e.actor_id, e.actor_name, e.value, e.granularity, e.first_day::text AS first_day,
                   e.last_day::text AS last_day, e.expression, e.sentence, e.evidence,
                   e.other_actor_names AS other_names, e.other_actor_ids AS other_ids,
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
        guard !rows.isEmpty else { return [] }
        let c = try EntryColumns(rows)
        var entries: [TimelineEntry] = []
        entries.reserveCapacity(rows.count)
        for row in rows {
            entries.append(TimelineEntry(
                id: try row.string(at: c.id), actorID: try row.string(at: c.actorID), actorName: try row.string(at: c.actorName),
                value: try row.string(at: c.value), granularity: try row.string(at: c.granularity),
                firstDay: try row.string(at: c.firstDay), lastDay: try row.string(at: c.lastDay),
                expression: try row.string(at: c.expression), sentence: try row.string(at: c.sentence),
                otherActors: try row.stringArray(at: c.otherNames), otherActorIDs: try row.stringArray(at: c.otherIDs),
                articleTitle: try row.string(at: c.title), articleURL: row[c.url],
                articleIdentifier: try row.string(at: c.identifier), published: try row.string(at: c.published),
                evidence: try row.string(at: c.evidence)
            ))
        }
        return entries
    }

    /// Column positions of the `entries` query, looked up once per answer.
    private struct EntryColumns {
        let id, actorID, actorName, value, granularity, firstDay, lastDay, expression, sentence, evidence: Int
        let otherNames, otherIDs, title, url, identifier, published: Int

        init(_ rows: PostgresRows) throws {
            id = try rows.position(of: "entry_id")
            actorID = try rows.position(of: "actor_id")
            actorName = try rows.position(of: "actor_name")
            value = try rows.position(of: "value")
            granularity = try rows.position(of: "granularity")
            firstDay = try rows.position(of: "first_day")
            lastDay = try rows.position(of: "last_day")
            expression = try rows.position(of: "expression")
            sentence = try rows.position(of: "sentence")
            evidence = try rows.position(of: "evidence")
            otherNames = try rows.position(of: "other_names")
            otherIDs = try rows.position(of: "other_ids")
            title = try rows.position(of: "title")
            url = try rows.position(of: "url")
            identifier = try rows.position(of: "identifier")
            published = try rows.position(of: "published")
        }
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
