import Foundation
import HindiTemporal
import Postgres

/// A page of one actor's timeline and where the next one starts.
public struct TimelinePageResult: Sendable, Equatable {
    public var entries: [TimelineEntry]
    /// Nil on the last page.
    public var next: TimelineCursor?

    public init(entries: [TimelineEntry], next: TimelineCursor?) {
        self.entries = entries
        self.next = next
    }
}

extension TimelineQueries {
    /// One page of an actor's timeline (one row per report), oldest first in the order of
    /// `entries(actorID:filter:)` or newest first, starting strictly after `cursor`; `filter.limit`
    /// entries at most (100 when unset). With `filter.asOf`, the timeline as known then.
    ///
    /// Keyset pagination: each page is one index range scan of `(actor_id, first_day, last_day
    /// DESC, entry_id)` from the cursor's key, however deep the page; no offset is ever counted.
    public func page(actorID: String, filter: TimelineFilter, after cursor: TimelineCursor?, newestFirst: Bool) throws
        -> TimelinePageResult {
        let limit = filter.limit ?? 100
        var parameters: [PostgresValue] = [.text(actorID)]
        func bind(_ value: PostgresValue) -> String {
            parameters.append(value)
            return "$\(parameters.count)"
        }
        func list(_ values: [String]) -> PostgresValue { .array(values) }
        // Only the filters given are in the text, so each combination is one small statement,
        // prepared once per connection, whose plan starts the index scan at the cursor.
        var conditions = ["e.actor_id = $1", "e.article_identifier IS NOT NULL"]
        if let from = filter.from { conditions.append("e.last_day >= \(bind(.text(from.iso)))::date") }
        if let to = filter.to { conditions.append("e.first_day <= \(bind(.text(to.iso)))::date") }
        if let with = filter.withActor { conditions.append("\(bind(.text(with)))::text = ANY (e.other_actor_ids)") }
        if let cameo = filter.cameo { conditions.append("e.cameo = ANY (\(bind(list(cameo)))::text[])") }
        if let quads = filter.quads { conditions.append("e.quad = ANY (\(bind(list(quads.map(String.init))))::smallint[])") }
        if let realis = filter.realis { conditions.append("e.realis = ANY (\(bind(list(realis)))::text[])") }
        if let roles = filter.roles { conditions.append("e.role = ANY (\(bind(list(roles)))::text[])") }
        if let cursor {
            let first = "date '1970-01-01' + \(bind(.int(Int64(cursor.firstDay))))::int"
            let last = "date '1970-01-01' + \(bind(.int(Int64(cursor.lastDay))))::int"
            let id = "\(bind(.text(cursor.entryID)))::text"
            conditions.append(newestFirst
                ? "e.first_day <= \(first) AND (e.first_day < \(first) OR e.last_day > \(last) OR (e.last_day = \(last) AND e.entry_id < \(id)))"
                : "e.first_day >= \(first) AND (e.first_day > \(first) OR e.last_day < \(last) OR (e.last_day = \(last) AND e.entry_id > \(id)))")
        }
        let source: String
        if let asOf = filter.asOf {
            let moment = bind(.text(Timestamp.iso(asOf)))
            source = """
                (SELECT \(EntryRow.columns) FROM timeline_entries WHERE actor_id = $1 AND recorded_at <= \(moment)::timestamptz
                 UNION ALL
                 SELECT \(EntryRow.columns) FROM timeline_entry_history
                 WHERE actor_id = $1 AND recorded_at <= \(moment)::timestamptz AND retracted_at > \(moment)::timestamptz) e
                """
        } else {
            source = "timeline_entries e"
        }
        let order = newestFirst ? "e.first_day DESC, e.last_day, e.entry_id DESC" : "e.first_day, e.last_day DESC, e.entry_id"
        let sql = """
            SELECT \(Self.entryColumns) FROM \(source)
            WHERE \(conditions.joined(separator: " AND "))
            ORDER BY \(order)
            LIMIT \(bind(.int(Int64(limit + 1))))
            """
        var reader = TimelineEntry.Reader(actorID: actorID)
        try connection.withPreparedResult(sql, parameters) { try reader.read($0) }
        var entries = reader.entries
        var next: TimelineCursor?
        if entries.count > limit {
            entries.removeLast(entries.count - limit)
            if let last = entries.last, let first = CalendarDay(iso: last.firstDay), let lastDay = CalendarDay(iso: last.lastDay) {
                next = TimelineCursor(firstDay: first.dayNumber, lastDay: lastDay.dayNumber, entryID: last.id, newestFirst: newestFirst)
            }
        }
        return TimelinePageResult(entries: entries, next: next)
    }
}
