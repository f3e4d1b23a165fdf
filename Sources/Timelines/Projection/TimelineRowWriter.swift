import EventStore
import Foundation
import Postgres

/// Turns events into read-model rows, buffering them so a page is written with one `COPY` for
/// the entries and one `INSERT … SELECT FROM unnest(…)` for the articles, not a statement per row.
struct TimelineRowWriter {
    let connection: PostgresConnection
    /// Actor curation as of the event being applied; entries are written under the actors it resolves to.
    private(set) var curation: ActorCuration
    let directory: ActorDirectory
    private var entries: [EntryRow] = []
    private var articles: [(ArticleIngested, RecordedEvent)] = []
    private var summaries: [ArticleExtracted] = []
    /// Retractions and replacements waiting for the next flush, which moves their rows before it
    /// writes new ones, and the changes to the articles' entry counts that follow from them.
    private var moves: [EntryHistory.Move] = []
    private var countChanges: [(stream: String, added: Int, retracted: Int)] = []
    /// Streams with something in the buffers: an event of one of them waits for a flush, so each
    /// stream's events take effect in log order.
    private var buffered: Set<String> = []
    private var moving: Set<String> = []

    init(connection: PostgresConnection, curation: ActorCuration = ActorCuration(), directory: ActorDirectory) {
        self.connection = connection
        self.curation = curation
        self.directory = directory
    }

    mutating func apply(_ event: RecordedEvent, _ payload: TimelinePayload) throws {
        let stream = event.streamID
        switch payload {
        case .ingested(let ingested):
            if ingested.revision > 1 {
                // A new revision replaces what the earlier one said.
                try flush()
                try EntryHistory(connection: connection).move(stream: stream, by: event, reason: "revision \(ingested.revision)")
            }
            articles.append((ingested, event))
            buffered.insert(stream)
        case .extracted(let extracted):
            if moving.contains(stream) { try flush() }
            appendRows(extracted.entries, header: extracted.header, event)
            summaries.append(extracted)
            buffered.insert(stream)
            if entries.count >= 5_000 { try flush() }
        case .retracted(let retracted):
            if buffered.contains(stream) { try flush() }
            let ids = Set(retracted.entryIDs)
            moves.append(.init(stream: stream, entryIDs: ids, event: event, reason: "retracted: \(retracted.reason)"))
            countChanges.append((stream, 0, ids.count))
            buffered.insert(stream)
            moving.insert(stream)
        case .added(let added):
            if buffered.contains(stream) { try flush() }
            moves.append(.init(stream: stream, entryIDs: Set(added.entries.map(\.entryID)), event: event,
                               reason: "replaced: \(added.reason)"))
            appendRows(added.entries, header: added.header, event)
            countChanges.append((stream, added.entries.count, 0))
            buffered.insert(stream)
            moving.insert(stream)
            if entries.count >= 5_000 { try flush() }
        case .curated(let curated):
            try flush()
            curation.apply(curated)
            try CurationApplier(connection: connection, curation: curation, directory: directory).apply(curated, event)
        case .eventCurated, .other:
            break  // Events are EventClusterWriter's; other types are not this projection's business.
        }
    }

    /// One row per (entry, actor), the actors as curation resolves them.
    private mutating func appendRows(_ dated: [DatedEntry], header: ArticleExtracted.Header, _ event: RecordedEvent) {
        let recordedAt = Timestamp.iso(event.recordedAt)
        for entry in dated {
            let actors = curation.resolve(entry.actors, directory: directory)
            for actor in actors {
                let others = actors.filter { $0.key != actor.key }
                entries.append(EntryRow(event: entry, extraction: header, actor: actor, others: others,
                                        position: event.position, recordedAt: recordedAt))
            }
        }
    }

    /// Keeps `timeline_articles.dated_events` in step with retractions and additions: an added
    /// entry that replaces one with rows (`replaced`, per stream) is not one more.
    private mutating func flushCountChanges(replaced: [String: Int]) throws {
        guard !countChanges.isEmpty else { return }
        let changes = countChanges.map { ($0.stream, $0.added - (($0.added > 0 ? replaced[$0.stream] : nil) ?? 0) - $0.retracted) }
            .filter { $0.1 != 0 }
        countChanges.removeAll(keepingCapacity: true)
        guard !changes.isEmpty else { return }
        try connection.query("""
            UPDATE timeline_articles a SET dated_events = greatest(0, a.dated_events + x.d)
            FROM unnest($1::text[], $2::int[]) AS x(s, d) WHERE a.stream_id = x.s
            """, [.array(changes.map(\.0)), .array(changes.map { String($0.1) })])
    }

    /// One statement for all buffered articles; a later revision of the same stream in the
    /// buffer wins because rows are deduplicated by stream, keeping the last.
    private mutating func flushArticles() throws {
        guard !articles.isEmpty else { return }
        var latest: [String: Int] = [:]
        for (index, item) in articles.enumerated() { latest[item.1.streamID] = index }
        let rows = latest.values.sorted().map { articles[$0] }
        articles.removeAll(keepingCapacity: true)
        func column(_ f: ((ArticleIngested, RecordedEvent)) -> String?) -> PostgresValue { .array(rows.map(f)) }
        try connection.query("""
            INSERT INTO timeline_articles (stream_id, identifier, url, title, published, published_at, source, language,
                                           tags, revision, content_hash, position, recorded_at)
            SELECT s, i, u, t, p, pa, so, l, tg::text[], r, h, pos, ra
            FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::date[], $6::text[], $7::text[], $8::text[],
                        $9::text[], $10::int[], $11::text[], $12::bigint[], $13::timestamptz[])
                AS x(s, i, u, t, p, pa, so, l, tg, r, h, pos, ra)
            ON CONFLICT (stream_id) DO UPDATE SET
                identifier = EXCLUDED.identifier, url = EXCLUDED.url, title = EXCLUDED.title,
                published = EXCLUDED.published, published_at = EXCLUDED.published_at, source = EXCLUDED.source,
                language = EXCLUDED.language, tags = EXCLUDED.tags, revision = EXCLUDED.revision,
                content_hash = EXCLUDED.content_hash, position = EXCLUDED.position, recorded_at = EXCLUDED.recorded_at
            """, [
                column { $0.1.streamID }, column { $0.0.article.identifier }, column { $0.0.article.url },
                column { $0.0.article.title }, column { $0.0.article.published.iso }, column { $0.0.article.publishedAt },
                column { $0.0.article.source }, column { $0.0.article.language },
                .array(try rows.map { try PostgresValue.arrayLiteral($0.0.article.tags) }), column { String($0.0.revision) },
                column { $0.0.contentHash }, column { String($0.1.position) }, column { Timestamp.iso($0.1.recordedAt) },
            ])
    }

    /// Coverage counts onto the article rows, and the unresolved expressions of each article
    /// replaced by those of its latest extraction.
    private mutating func flushSummaries() throws {
        guard !summaries.isEmpty else { return }
        var latest: [String: ArticleExtracted] = [:]
        for summary in summaries { latest[summary.streamID] = summary }
        summaries.removeAll(keepingCapacity: true)
        let rows = latest.values.sorted { $0.streamID < $1.streamID }
        try connection.query("""
            UPDATE timeline_articles a SET expressions = x.e, dated_events = x.d
            FROM unnest($1::text[], $2::int[], $3::int[]) AS x(s, e, d) WHERE a.stream_id = x.s
            """, [.array(rows.map(\.streamID)), .array(rows.map { String($0.expressions) }),
                  .array(rows.map { String($0.entries.count) })])
        try connection.query("DELETE FROM timeline_unresolved WHERE stream_id = ANY($1::text[])", [.array(rows.map(\.streamID))])
        let gaps = rows.flatMap { summary in summary.unresolved.map { (summary.streamID, $0) } }
        guard !gaps.isEmpty else { return }
        try connection.query("""
            INSERT INTO timeline_unresolved (stream_id, expression, expression_start, expression_end, type, value, reason)
            SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::int[], $5::text[], $6::text[], $7::text[])
            ON CONFLICT DO NOTHING
            """, [
                .array(gaps.map(\.0)), .array(gaps.map(\.1.text)), .array(gaps.map { String($0.1.start) }),
                .array(gaps.map { String($0.1.end) }), .array(gaps.map(\.1.type)), .array(gaps.map(\.1.value)),
                .array(gaps.map(\.1.reason)),
            ])
    }

    /// Writes the buffers: first the moves (so a replaced entry's old row is gone before its new
    /// one arrives), then articles, coverage counts and the new rows.
    mutating func flush() throws {
        let replaced = try EntryHistory(connection: connection).move(moves)
        moves.removeAll(keepingCapacity: true)
        buffered.removeAll(keepingCapacity: true)
        moving.removeAll(keepingCapacity: true)
        // The rows carry their article: from the buffer when its ArticleIngested is in it (one
        // revision per stream: a new revision flushes first), else as the read model holds it.
        var articleOf: [String: EntryArticle] = [:]
        for (ingested, event) in articles { articleOf[event.streamID] = EntryArticle(ingested.article) }
        try flushArticles()
        try flushSummaries()
        try flushCountChanges(replaced: replaced)
        guard !entries.isEmpty else { return }
        let rows = entries
        entries.removeAll(keepingCapacity: true)
        let unknown = Set(rows.lazy.map(\.extraction.streamID).filter { articleOf[$0] == nil })
        articleOf.merge(try EntryArticle.stored(unknown, connection: connection)) { buffered, _ in buffered }
        _ = try connection.copyIn(EntryRow.copyStatement, rows: rows) { try $0.copyCells(article: articleOf[$0.extraction.streamID]) }
    }
}

/// Why the projection stopped: the event at `position` could not be applied.
public struct ProjectionError: Error, CustomStringConvertible, CustomDebugStringConvertible {
    public var position: Int64
    public var eventType: String
    public var reason: String
    public var description: String { "projection stopped at log position \(position) (\(eventType)): \(reason)" }
    public var debugDescription: String { description }
}
