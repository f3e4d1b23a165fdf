import HindiTemporal
import Postgres

extension TimelineQueries {
    /// An actor's timeline with one row per event: the actor's entries that report one happening
    /// (reprints, other outlets, a plan and its report) become one row, the entry with the most
    /// precise date standing for them, with the event's id and how many reports, articles and
    /// sources back it. Entries in no event (recorded before events were formed) stay rows of
    /// their own. `filter.limit` counts events.
    public func events(actorID: String, filter: TimelineFilter = .init()) throws -> [TimelineEntry] {
        var unlimited = filter
        unlimited.limit = nil
        let entries = try self.entries(actorID: actorID, filter: unlimited)
        guard !entries.isEmpty else { return [] }
        var eventOf: [String: (event: String, mentions: Int, articles: Int, sources: Int, names: [String])] = [:]
        for row in try connection.query("""
            WITH mine AS (SELECT entry_id, event_id FROM event_mentions WHERE entry_id = ANY ($1::text[])),
            counts AS (
                SELECT r.event_id, count(*) AS mentions, count(DISTINCT r.stream_id) AS articles,
                       count(DISTINCT r.source) AS sources, array_agg(DISTINCT r.source) AS names
                FROM reporting.event_reports r WHERE r.event_id IN (SELECT event_id FROM mine)
                GROUP BY r.event_id)
            SELECT m.entry_id, m.event_id, c.mentions, c.articles, c.sources, c.names
            FROM mine m JOIN counts c ON c.event_id = m.event_id
            """, [.array(entries.map(\.id))]) {
            eventOf[try row.string("entry_id")] = (try row.string("event_id"), Int(try row.int64("mentions")),
                                                   Int(try row.int64("articles")), Int(try row.int64("sources")),
                                                   row["names"] == nil ? [] : try row.stringArray("names"))
        }
        // The entry with the shortest interval (then the earliest in timeline order) stands for its event.
        var chosen: [String: Int] = [:]
        for (index, entry) in entries.enumerated() {
            let key = eventOf[entry.id]?.event ?? entry.id
            if let current = chosen[key], !Self.span(entry).lexicographicallyPrecedes(Self.span(entries[current])) { continue }
            chosen[key] = index
        }
        var rows: [TimelineEntry] = []
        for index in chosen.values.sorted() {
            var row = entries[index]
            if let event = eventOf[row.id] {
                row.event = event.event
                row.mentions = event.mentions
                row.articles = event.articles
                row.sources = event.sources
                row.sourceNames = event.names
            }
            rows.append(row)
        }
        if let limit = filter.limit { rows = Array(rows.prefix(limit)) }
        return rows
    }

    /// Days covered, then the length of the value (a day before a time of that day).
    private static func span(_ entry: TimelineEntry) -> [Int] {
        let days = (CalendarDay(iso: entry.lastDay)?.dayNumber ?? 0) - (CalendarDay(iso: entry.firstDay)?.dayNumber ?? 0)
        return [days, entry.value.count]
    }
}
