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
        var probe = filter
        probe.limit = limit + 1
        let source: String
        var parameters = Self.parameters(actorID, probe)
        parameters += [cursor.map { .int(Int64($0.firstDay)) } ?? .null, cursor.map { .int(Int64($0.lastDay)) } ?? .null,
                       cursor.map { .text($0.entryID) } ?? .null]
        if let asOf = filter.asOf {
            source = """
                (SELECT \(EntryRow.columns) FROM timeline_entries WHERE actor_id = $1 AND recorded_at <= $13::timestamptz
                 UNION ALL
                 SELECT \(EntryRow.columns) FROM timeline_entry_history
                 WHERE actor_id = $1 AND recorded_at <= $13::timestamptz AND retracted_at > $13::timestamptz) e
                """
            parameters.append(.text(Timestamp.iso(asOf)))
        } else {
            source = "timeline_entries e"
        }
        let after = newestFirst ? Self.beforeKey : Self.afterKey
        let order = newestFirst ? "e.first_day DESC, e.last_day, e.entry_id DESC" : "e.first_day, e.last_day DESC, e.entry_id"
        var reader = TimelineEntry.Reader(actorID: actorID)
        try connection.forEachRow("""
            SELECT \(Self.entryColumns) FROM \(source)
            WHERE e.actor_id = $1 AND \(Self.entryFilter) AND \(after)
            ORDER BY \(order)
            LIMIT $5
            """, parameters) { try reader.read($0) }
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

    /// Rows after the key $10 (first day number), $11 (last day number), $12 (entry id) in timeline
    /// order; the redundant `first_day >=` bound lets the index scan start at the key.
    static let afterKey = """
        ($10::int IS NULL OR (e.first_day >= date '1970-01-01' + $10::int
          AND (e.first_day > date '1970-01-01' + $10::int
               OR e.last_day < date '1970-01-01' + $11::int
               OR (e.last_day = date '1970-01-01' + $11::int AND e.entry_id > $12::text))))
        """

    /// The same for newest first: rows before the key in timeline order.
    static let beforeKey = """
        ($10::int IS NULL OR (e.first_day <= date '1970-01-01' + $10::int
          AND (e.first_day < date '1970-01-01' + $10::int
               OR e.last_day > date '1970-01-01' + $11::int
               OR (e.last_day = date '1970-01-01' + $11::int AND e.entry_id < $12::text))))
        """
}
