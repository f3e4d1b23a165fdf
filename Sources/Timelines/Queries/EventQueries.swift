import EventClustering
import HindiTemporal
import Postgres

/// Reads events from the read model: lists with filters, one event with all its reports.
public struct EventQueries: Sendable {
    public let connection: PostgresConnection

    public init(connection: PostgresConnection) {
        self.connection = connection
    }

    /// Events with a mention on `actorID`'s timeline (as curation has it now; any, when `nil`)
    /// whose dates meet `from`…`to`,
    /// in date order (then by id), at most `limit`.
    public func events(actorID: String? = nil, from: CalendarDay? = nil, to: CalendarDay? = nil,
                       limit: Int? = nil) throws -> [EventSummary] {
        let rows = try connection.query("""
            WITH chosen AS (
                SELECT DISTINCT m.event_id FROM event_mentions m
                WHERE ($1::text IS NULL OR m.entry_id IN (SELECT entry_id FROM timeline_entries WHERE actor_id = $1))
                  AND ($2::date IS NULL OR m.last_day >= $2) AND ($3::date IS NULL OR m.first_day <= $3))
            \(Self.summarySQL) WHERE e.event_id IN (SELECT event_id FROM chosen)
            ORDER BY e.first_day, e.last_day DESC, e.event_id
            LIMIT $4
            """, [actorID.map { .text($0) } ?? .null, from.map { .text($0.iso) } ?? .null, to.map { .text($0.iso) } ?? .null,
                  limit.map { .int(Int64($0)) } ?? .null])
        return try summaries(rows)
    }

    /// The event `id` (or the event a merged id leads to), or `nil`.
    public func event(_ id: String) throws -> (summary: EventSummary, reports: [EventReport])? {
        guard let resolved = try resolve(id) else { return nil }
        let rows = try connection.query("WITH chosen AS (SELECT $1::text AS event_id) \(Self.summarySQL) WHERE e.event_id = $1",
                                        [.text(resolved)])
        guard let summary = try summaries(rows).first else { return nil }
        return (summary, try reports(of: resolved))
    }

    /// Whether `text` is written like an event id (`ev` and ten base-32 characters), not an entry id.
    public static func isEventID(_ text: String) -> Bool { EventID.looksLikeEventID(text.lowercased()) }

    /// `id` itself when it names an event, the event it was merged into, or `nil`.
    public func resolve(_ id: String) throws -> String? {
        var current = id
        for _ in 0..<16 {
            if try !connection.query("SELECT 1 FROM event_mentions WHERE event_id = $1 LIMIT 1", [.text(current)]).isEmpty {
                return current
            }
            guard let next = try connection.query("SELECT event_id FROM event_aliases WHERE old_id = $1", [.text(current)])
                .first.map({ try $0.string("event_id") }) else { return nil }
            current = next
        }
        return nil
    }

    /// Every report of the event, oldest publication first.
    public func reports(of eventID: String) throws -> [EventReport] {
        try connection.query("""
            SELECT DISTINCT ON (a.published, m.position, m.entry_id)
                   m.entry_id, coalesce(a.url, a.identifier, m.stream_id) AS article, r.source, a.published::text AS published,
                   t.expression, t.expression_start, t.expression_end, t.value, t.sentence, m.realis, t.trigger,
                   f.reprint_of, m.joined_by, m.score
            FROM event_mentions m
            JOIN timeline_entries t ON t.entry_id = m.entry_id
            LEFT JOIN timeline_articles a ON a.stream_id = m.stream_id
            LEFT JOIN reporting.event_reports r ON r.entry_id = m.entry_id
            LEFT JOIN article_fingerprints f ON f.stream_id = m.stream_id
            WHERE m.event_id = $1
            ORDER BY a.published, m.position, m.entry_id
            """, [.text(eventID)]).map { row in
            EventReport(entry: try row.string("entry_id"), article: try row.string("article"), source: row["source"],
                        published: row["published"].flatMap(CalendarDay.init(iso:)), expression: try row.string("expression"),
                        start: Int(try row.int64("expression_start")), end: Int(try row.int64("expression_end")),
                        value: try row.string("value"), sentence: try row.string("sentence"), realis: row["realis"],
                        trigger: row["trigger"], reprintOf: row["reprint_of"], joinedBy: try row.string("joined_by"),
                        score: try row.double("score"))
        }
    }

    /// One row per event of `chosen`: dates, the most precise agreeing value, type, actors, counts.
    static let summarySQL = """
        , e AS (SELECT * FROM reporting.events WHERE event_id IN (SELECT event_id FROM chosen)),
        best AS (
            SELECT DISTINCT ON (m.event_id) m.event_id, t.value, t.granularity
            FROM event_mentions m JOIN timeline_entries t ON t.entry_id = m.entry_id
            WHERE m.event_id IN (SELECT event_id FROM chosen)
            ORDER BY m.event_id, m.last_day - m.first_day, length(t.value), m.position, m.entry_id),
        who AS (
            SELECT x.event_id, array_agg(x.actor_id ORDER BY x.first_seen, x.actor_id) AS ids,
                   array_agg(x.actor_name ORDER BY x.first_seen, x.actor_id) AS names,
                   array_agg(coalesce(x.role, '') ORDER BY x.first_seen, x.actor_id) AS roles
            FROM (SELECT m.event_id, t.actor_id, max(t.actor_name) AS actor_name, min(m.position) AS first_seen,
                         mode() WITHIN GROUP (ORDER BY t.role) AS role
                  FROM event_mentions m JOIN timeline_entries t ON t.entry_id = m.entry_id
                  WHERE m.event_id IN (SELECT event_id FROM chosen)
                  GROUP BY m.event_id, t.actor_id) x
            GROUP BY x.event_id)
        SELECT e.event_id, e.first_day::text AS first_day, e.last_day::text AS last_day, e.dates_disagree, e.cameo, e.realis,
               e.mentions, e.articles, e.sources, e.first_reported::text AS first_reported,
               e.last_reported::text AS last_reported, b.value, b.granularity, w.ids, w.names, w.roles
        FROM e LEFT JOIN best b ON b.event_id = e.event_id LEFT JOIN who w ON w.event_id = e.event_id
        """

    private func summaries(_ rows: PostgresRows) throws -> [EventSummary] {
        try rows.map { row in
            let first = CalendarDay(iso: try row.string("first_day"))!, last = CalendarDay(iso: try row.string("last_day"))!
            let disagree = try row.bool("dates_disagree")
            let ids = row["ids"] == nil ? [] : try row.stringArray("ids")
            let names = row["names"] == nil ? [] : try row.stringArray("names")
            let roles = row["roles"] == nil ? [] : try row.stringArray("roles")
            let actors = ids.indices.map { i in
                EventSummary.Actor(id: ids[i], name: i < names.count ? names[i] : ids[i],
                                   role: i < roles.count && !roles[i].isEmpty ? roles[i] : nil)
            }
            return EventSummary(
                id: try row.string("event_id"), first: first, last: last,
                value: disagree ? "\(first.iso)/\(last.iso)" : (row["value"] ?? first.iso),
                granularity: disagree ? "spread" : (row["granularity"] ?? "day"), datesDisagree: disagree,
                cameo: row["cameo"], realis: row["realis"], actors: actors,
                mentions: Int(try row.int64("mentions")), articles: Int(try row.int64("articles")),
                sources: Int(try row.int64("sources")),
                firstReported: row["first_reported"].flatMap(CalendarDay.init(iso:)),
                lastReported: row["last_reported"].flatMap(CalendarDay.init(iso:)))
        }
    }
}
