import EventStore
import Foundation
import Postgres

/// The per-actor timeline read model, fed from the event log by position.
///
/// Each page of events is applied in one transaction that also moves the checkpoint, so the
/// rows and the checkpoint can never disagree: a crash before COMMIT leaves both as they were,
/// and the next run re-reads the same page. The checkpoint row is locked `FOR UPDATE`, so two
/// projectors on one database take turns instead of applying a page twice.
public final class TimelineProjection: Sendable {
    public static let name = "actor_timelines"
    /// Above this many mentions in memory, event clustering reloads from the tables as it goes.
    static let mentionsInMemory = 400_000

    private let connection: PostgresConnection
    private let readAhead: PostgresConnection?
    private let pageSize: Int
    /// The events loaded by the last catch-up, kept for the next one when the log has not moved
    /// under it (another projector, a rebuild): loading an actor's events once, not once per catch-up.
    private let kept = KeptClusters()

    /// `readAhead`, a second connection to the same database, lets catch-up read and decode the
    /// next page while the current one is written (the log is read outside the page's
    /// transaction, as any reader reads it); without it pages are read in turn.
    public init(connection: PostgresConnection, pageSize: Int = 2_000, readAhead: PostgresConnection? = nil) {
        self.connection = connection
        self.readAhead = readAhead
        self.pageSize = pageSize
    }

    /// The position up to which the log has been applied.
    public func checkpoint() throws -> Int64 {
        let rows = try connection.query(
            "SELECT position FROM projection_checkpoints WHERE projection = $1", [.text(Self.name)])
        return try rows.first.map { try $0.int64("position") } ?? 0
    }

    /// Applies every event after the checkpoint; returns how many events were applied.
    /// `progress` is called after each page with (applied so far, log head); `committed`, after
    /// each page's commit, with the events the page applied.
    @discardableResult
    public func catchUp(progress: ((Int64, Int64) -> Void)? = nil, committed: (([RecordedEvent]) -> Void)? = nil) throws -> Int {
        let head = try EventLog(connection: connection).headPosition()
        var applied = 0
        var next: BackgroundWork<Page>?
        var context: PageContext?
        // A read still running when a page fails is waited for: the read-ahead connection is the caller's.
        defer { _ = next?.wait() }
        while true {
            let prefetched = next.flatMap { try? $0.wait().get() }
            next = nil
            if context == nil { context = kept.take() }
            let events: [RecordedEvent]
            do {
                events = try connection.transaction { conn in
                    try applyPage(conn, context: &context, prefetched: prefetched) { next = $0 }
                }
            } catch {
                // The page's events may be half placed in memory: the next catch-up starts afresh.
                _ = kept.take()
                throw error
            }
            if let context { kept.keep(context) }
            applied += events.count
            if !events.isEmpty { committed?(events) }
            progress?(try checkpoint(), head)
            if events.isEmpty { return applied }
        }
    }

    /// Events after `after`, decoded.
    struct Page: Sendable {
        var after: Int64
        var events: [RecordedEvent]
        var payloads: [TimelinePayload]
    }

    private func page(after position: Int64, on conn: PostgresConnection) throws -> Page {
        let events = try EventLog(connection: conn).read(after: position, limit: pageSize)
        return Page(after: position, events: events, payloads: try ParallelMap.map(events, TimelinePayload.decode))
    }

    /// Recomputes the read model from position zero in one transaction: readers keep seeing the
    /// old rows until the new ones are complete, and a failure leaves the old rows in place.
    @discardableResult
    public func rebuild(progress: ((Int64, Int64) -> Void)? = nil) throws -> Int {
        let head = try EventLog(connection: connection).headPosition()
        _ = kept.take()
        return try connection.transaction { conn in
            try lockCheckpoint(conn)
            // Reports first: the events kept as rows (220) are then gone at once, and deleting the
            // articles and fingerprints finds no report left to count again.
            try conn.query("DELETE FROM event_mentions")
            try conn.query("DELETE FROM timeline_entries")
            try conn.query("DELETE FROM timeline_entry_history")
            try conn.query("DELETE FROM timeline_unresolved")
            try conn.query("DELETE FROM timeline_articles")
            try conn.query("DELETE FROM event_aliases")
            try conn.query("DELETE FROM article_fingerprints")
            try conn.query("DELETE FROM article_bands")
            try conn.query("UPDATE projection_checkpoints SET position = 0, updated_at = now() WHERE projection = $1",
                           [.text(Self.name)])
            var applied = 0
            var context: PageContext?
            while true {
                let count = try applyPage(conn, context: &context).count
                applied += count
                progress?(try currentPosition(conn), head)
                if count == 0 { return applied }
            }
        }
    }

    /// What a page is applied with: actor curation as of `position`, the gazetteer's actors, and
    /// the events loaded so far. A page leaves it for the next one, which starts where it ended, so
    /// the curation streams, the gazetteer and the events of an actor are read once per catch-up.
    struct PageContext {
        var position: Int64
        /// `nil` in a context kept from an earlier catch-up: curation and the gazetteer are read again.
        var curation: ActorCuration?
        var directory: ActorDirectory?
        var clusters: EventClusterWriter
    }

    /// The event clustering state of the last catch-up, by the position it reached.
    private final class KeptClusters: @unchecked Sendable {
        private let lock = NSLock()
        private var context: PageContext?

        func keep(_ context: PageContext) {
            lock.withLock { self.context = PageContext(position: context.position, curation: nil, directory: nil,
                                                       clusters: context.clusters) }
        }

        func take() -> PageContext? { lock.withLock { defer { context = nil }; return context } }
    }

    /// One page: lock the checkpoint, read the events after it (or take them from `prefetched`
    /// when it starts there), write their rows, move it. A full page starts reading the next
    /// one on the read-ahead connection and hands that work to `readingNext`. `context` is
    /// reused when it is at the checkpoint (another projector may have moved it) and left at the
    /// page's end. Returns the events applied.
    private func applyPage(_ conn: PostgresConnection, context: inout PageContext?, prefetched: Page? = nil,
                           readingNext: (BackgroundWork<Page>) -> Void = { _ in }) throws -> [RecordedEvent] {
        let position = try lockCheckpoint(conn)
        let current = try prefetched.flatMap { $0.after == position && !$0.events.isEmpty ? $0 : nil }
            ?? page(after: position, on: conn)
        let events = current.events, payloads = current.payloads
        guard let last = events.last else { return [] }
        if let readAhead, events.count == pageSize {
            readingNext(BackgroundWork { [self] in try page(after: last.position, on: readAhead) })
        }
        let start = try context.flatMap { $0.position == position && $0.curation != nil ? $0 : nil } ?? PageContext(
            position: position, curation: CurationLog(connection: conn).state(upTo: position),
            directory: ActorDirectory(try GazetteerStore(connection: conn).load()),
            clusters: context.flatMap { $0.position == position ? $0.clusters : nil } ?? EventClusterWriter(connection: conn, upTo: position))
        let curation = start.curation!, directory = start.directory!
        var writer = TimelineRowWriter(connection: conn, curation: curation, directory: directory)
        var clusters = start.clusters
        try clusters.prepare(payloads, curation: curation, directory: directory)
        if payloads.contains(where: \.isActorCuration) {
            // Actor curation changes the actors of later mentions: events follow the rows in turn.
            for (event, payload) in zip(events, payloads) {
                try writer.apply(event, payload)
                try clusters.apply(event, payload, curation: writer.curation, directory: directory)
            }
        } else {
            // Mentions are placed on another core while the rows are written; both only read the page.
            let placing = BackgroundWork { [clusters] in
                for (event, payload) in zip(events, payloads) {
                    try clusters.apply(event, payload, curation: curation, directory: directory)
                }
            }
            do {
                for (event, payload) in zip(events, payloads) { try writer.apply(event, payload) }
            } catch {
                _ = placing.wait()
                throw error
            }
            try placing.wait().get()
        }
        try writer.flush()
        try clusters.flush()
        // A writer holding very many mentions starts afresh: what it placed is stored, and loads again by actor.
        if clusters.size > Self.mentionsInMemory { clusters = try EventClusterWriter(connection: conn, upTo: last.position) }
        context = PageContext(position: last.position, curation: writer.curation, directory: start.directory, clusters: clusters)
        try conn.query("UPDATE projection_checkpoints SET position = $2, updated_at = now() WHERE projection = $1",
                       [.text(Self.name), .int(last.position)])
        return events
    }

    @discardableResult
    private func lockCheckpoint(_ conn: PostgresConnection) throws -> Int64 {
        try conn.query("INSERT INTO projection_checkpoints (projection, position) VALUES ($1, 0) ON CONFLICT DO NOTHING",
                       [.text(Self.name)])
        return try currentPosition(conn, forUpdate: true)
    }

    private func currentPosition(_ conn: PostgresConnection, forUpdate: Bool = false) throws -> Int64 {
        let sql = "SELECT position FROM projection_checkpoints WHERE projection = $1" + (forUpdate ? " FOR UPDATE" : "")
        return try conn.query(sql, [.text(Self.name)]).first.map { try $0.int64("position") } ?? 0
    }
}
