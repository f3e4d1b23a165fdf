import EventStore
import Foundation
import Postgres

/// Turns events into read-model rows, buffering entries so a page is written with a few
/// `INSERT … SELECT FROM unnest(…)` statements instead of one per row.
struct TimelineRowWriter {
    let connection: PostgresConnection
    private var entries: [EntryRow] = []
    private static let decoder = JSONDecoder()

    init(connection: PostgresConnection) {
        self.connection = connection
    }

    mutating func apply(_ event: RecordedEvent) throws {
        switch event.type {
        case TimelineEventType.articleIngested:
            let payload = try decode(ArticleIngested.self, event)
            if payload.revision > 1 {
                // A new revision replaces what the earlier one said.
                try flush()
                try connection.query("DELETE FROM timeline_entries WHERE stream_id = $1", [.text(event.streamID)])
            }
            try upsertArticle(payload, event)
        case TimelineEventType.datedEventRecorded:
            let payload = try decode(DatedEventRecorded.self, event)
            for actor in payload.actors {
                let others = payload.actors.filter { $0.key != actor.key }
                entries.append(EntryRow(event: payload, actor: actor, others: others,
                                        position: event.position, recordedAt: event.recordedAt))
            }
            if entries.count >= 5_000 { try flush() }
        default:
            break  // Other event types are not this projection's business.
        }
    }

    private func decode<T: Decodable>(_ type: T.Type, _ event: RecordedEvent) throws -> T {
        do {
            return try Self.decoder.decode(type, from: Data(event.data.utf8))
        } catch {
            throw ProjectionError(position: event.position, eventType: event.type, reason: "payload does not decode: \(error)")
        }
    }

    private func upsertArticle(_ payload: ArticleIngested, _ event: RecordedEvent) throws {
        let a = payload.article
        try connection.query("""
            INSERT INTO timeline_articles (stream_id, identifier, url, title, published, published_at, source, language,
                                           tags, revision, content_hash, position, recorded_at)
            VALUES ($1, $2, $3, $4, $5::date, $6, $7, $8, $9::text[], $10, $11, $12, $13::timestamptz)
            ON CONFLICT (stream_id) DO UPDATE SET
                identifier = EXCLUDED.identifier, url = EXCLUDED.url, title = EXCLUDED.title,
                published = EXCLUDED.published, published_at = EXCLUDED.published_at, source = EXCLUDED.source,
                language = EXCLUDED.language, tags = EXCLUDED.tags, revision = EXCLUDED.revision,
                content_hash = EXCLUDED.content_hash, position = EXCLUDED.position, recorded_at = EXCLUDED.recorded_at
            """, [
                .text(event.streamID), .text(a.identifier), a.url.map { .text($0) } ?? .null, .text(a.title),
                .text(a.published.iso), a.publishedAt.map { .text($0) } ?? .null, a.source.map { .text($0) } ?? .null,
                a.language.map { .text($0) } ?? .null, .array(a.tags),
                .int(Int64(payload.revision)), .text(payload.contentHash), .int(event.position),
                .text(Timestamp.iso(event.recordedAt)),
            ])
    }

    mutating func flush() throws {
        guard !entries.isEmpty else { return }
        let rows = entries
        entries.removeAll(keepingCapacity: true)
        try connection.query("""
            INSERT INTO timeline_entries (entry_id, actor_id, actor_name, actor_kind, provisional, evidence, first_day,
                last_day, granularity, value, expression, expression_start, expression_end, sentence, sentence_index,
                other_actor_ids, other_actor_names, stream_id, revision, extractor_version, gazetteer_revision,
                position, recorded_at)
            SELECT e, a, an, ak, p, ev, fd, ld, g, v, ex, es, ee, s, si, oi::text[], onm::text[], st, r, xv, gr, pos, ra
            FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::bool[], $6::text[], $7::date[], $8::date[],
                        $9::text[], $10::text[], $11::text[], $12::int[], $13::int[], $14::text[], $15::int[],
                        $16::text[], $17::text[], $18::text[], $19::int[], $20::text[], $21::text[], $22::bigint[],
                        $23::timestamptz[])
                AS t(e, a, an, ak, p, ev, fd, ld, g, v, ex, es, ee, s, si, oi, onm, st, r, xv, gr, pos, ra)
            """, EntryRow.columns(rows))
    }
}

/// Why the projection stopped: the event at `position` could not be applied.
public struct ProjectionError: Error, CustomStringConvertible {
    public var position: Int64
    public var eventType: String
    public var reason: String
    public var description: String { "projection stopped at log position \(position) (\(eventType)): \(reason)" }
}
