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
    /// One index scan: the index `(actor_id, first_day, last_day DESC, entry_id)` in its order,
    /// each row carrying its article. A busy actor has thousands of entries; their rows are read
    /// by column position, the lists of other actors and of places as `text[]`.
    public func entries(actorID: String, filter: TimelineFilter = .init()) throws -> [TimelineEntry] {
        if let asOf = filter.asOf { return try entries(actorID: actorID, filter: filter, asOf: asOf) }
        var reader = TimelineEntry.Reader(actorID: actorID)
        try connection.forEachRow("""
            SELECT \(Self.entryColumns) FROM timeline_entries e
            WHERE e.actor_id = $1 AND \(Self.entryFilter)
            ORDER BY e.first_day, e.last_day DESC, e.entry_id
            LIMIT $5
            """, Self.parameters(actorID, filter)) { try reader.read($0) }
        return reader.entries
    }

    /// What the timeline queries select from a table or subquery `e` with the columns of
    /// `timeline_entries`. Each cell costs the server an output call, so the answer leaves out
    /// what the caller knows (the actor id, an identifier equal to the URL) and sends dates as
    /// day numbers (days since 1970-01-01), cheaper to write than `YYYY-MM-DD`.
    static let entryColumns = """
        e.entry_id, e.actor_name, e.value, e.granularity, e.first_day - date '1970-01-01' AS first_day_number,
        e.last_day - date '1970-01-01' AS last_day_number, e.expression, e.sentence, e.evidence,
        e.other_actor_names AS other_names, e.other_actor_ids AS other_ids,
        e.article_title AS title, e.article_url AS url, NULLIF(e.article_identifier, e.article_url) AS identifier,
        e.article_published - date '1970-01-01' AS published_number, e.places,
        e.trigger, e.cameo, e.quad, e.realis, e.role
        """

    /// The filters of `TimelineFilter` as parameters $2 (from), $3 (to), $4 (with actor), $6
    /// (CAMEO roots), $7 (quad classes), $8 (realis values), $9 (roles); rows without an article
    /// row in the read model stay out.
    static let entryFilter = """
        e.article_identifier IS NOT NULL
          AND ($2::date IS NULL OR e.last_day >= $2::date)
          AND ($3::date IS NULL OR e.first_day <= $3::date)
          AND ($4::text IS NULL OR $4::text = ANY (e.other_actor_ids))
          AND ($6::text[] IS NULL OR e.cameo = ANY ($6::text[]))
          AND ($7::smallint[] IS NULL OR e.quad = ANY ($7::smallint[]))
          AND ($8::text[] IS NULL OR e.realis = ANY ($8::text[]))
          AND ($9::text[] IS NULL OR e.role = ANY ($9::text[]))
        """

    /// $1 actor id, $2…$4 and $6…$9 the filters of `entryFilter`, $5 the limit.
    static func parameters(_ actorID: String, _ filter: TimelineFilter) -> [PostgresValue] {
        func list(_ values: [String]?) -> PostgresValue { values.map { .array($0) } ?? .null }
        return [
            .text(actorID),
            filter.from.map { .text($0.iso) } ?? .null,
            filter.to.map { .text($0.iso) } ?? .null,
            filter.withActor.map { .text($0) } ?? .null,
            filter.limit.map { .int(Int64($0)) } ?? .null,
            list(filter.cameo), list(filter.quads?.map(String.init)), list(filter.realis), list(filter.roles),
        ]
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

    public init(id: String, name: String, latinName: String, kind: String, provisional: Bool, aliases: [String], entryCount: Int) {
        self.id = id
        self.name = name
        self.latinName = latinName
        self.kind = kind
        self.provisional = provisional
        self.aliases = aliases
        self.entryCount = entryCount
    }
}
