import Postgres

/// Reads article streams for reprocessing, many at a time, in one statement.
///
/// PostgreSQL hands back only what reprocessing uses, already taken apart: the article's fields as
/// columns, and each entry of `ArticleExtracted`/`EntriesAdded` as a short JSON array — id, span,
/// value, granularity, interval, actors, places — not the whole payload (sentences, evidence, unresolved
/// expressions), whose decoding would cost more than the re-extraction itself.
struct StoredArticleReader: Sendable {
    let connection: PostgresConnection

    /// The rows of each of `streams` (one per event, in version order), in the order of `streams`.
    func read(_ streams: [String]) throws -> [[PostgresRow]] {
        guard !streams.isEmpty else { return [] }
        // The planner cannot tell how few rows a list of streams selects; its guess can be high enough
        // to compile the statement (JIT), which then costs more than running it (0.8 s for 500 streams).
        let rows = try connection.transaction { conn in
            try conn.query("SET LOCAL jit = off")
            return try conn.query(Self.statement, [
                .array(streams), .text(TimelineEventType.articleIngested), .text(TimelineEventType.entriesRetracted),
            ])
        }
        var byStream: [String: [PostgresRow]] = [:]
        for row in rows {
            byStream[row["stream_id"] ?? "", default: []].append(row)
        }
        return streams.map { byStream[$0] ?? [] }
    }

    /// `entries` is, for `EntriesRetracted`, its id list; for events with entries, one array per entry:
    /// [id, start, end, value, granularity, expression, first (year, month, day), last (year, month, day),
    /// [actor keys], [actor names], [place keys], [place names]] (no places: empty lists). A payload without the expected shape gives NULLs or nulls, which
    /// the reader of the row reports with the event's position. Costs on the server: each payload is
    /// decompressed once (`|| '{}'` in a subquery kept apart by `OFFSET 0`), not once per field; the
    /// actors are taken with path queries, as a subquery per entry costs several times more.
    static let statement = """
        SELECT e.stream_id, e.version, e.position, e.event_type,
               coalesce(e.data->>'articleRevision', e.data->>'revision') AS revision,
               e.data->>'extractorVersion' AS extractor_version, e.data->>'gazetteerRevision' AS gazetteer_revision,
               e.data->>'contentHash' AS content_hash,
               a.article->>'identifier' AS identifier, a.article->>'url' AS url, a.article->>'title' AS title,
               a.article->'published'->>'year' AS published_year, a.article->'published'->>'month' AS published_month,
               a.article->'published'->>'day' AS published_day, a.article->>'publishedAt' AS published_at,
               a.article->>'text' AS text, (a.article->'tags')::text AS tags, a.article->>'source' AS source,
               a.article->>'language' AS language,
               CASE WHEN e.event_type = $3 THEN (e.data->'entryIDs')::text
                    WHEN jsonb_typeof(e.data->'entries') = 'array' THEN (
                        SELECT coalesce(jsonb_agg(jsonb_build_array(
                            x->'entryID', x->'expression'->'start', x->'expression'->'end', x->'expression'->'value',
                            x->'expression'->'granularity', x->'expression'->'text',
                            x->'interval'->'first'->'year', x->'interval'->'first'->'month', x->'interval'->'first'->'day',
                            x->'interval'->'last'->'year', x->'interval'->'last'->'month', x->'interval'->'last'->'day',
                            jsonb_path_query_array(x, '$.actors[*].key'), jsonb_path_query_array(x, '$.actors[*].name'),
                            jsonb_path_query_array(x, '$.places[*].key'), jsonb_path_query_array(x, '$.places[*].name')
                        ) ORDER BY n), '[]')
                        FROM jsonb_array_elements(e.data->'entries') WITH ORDINALITY AS t(x, n))::text
               END AS entries
        FROM events stored
        CROSS JOIN LATERAL (
            SELECT stored.stream_id, stored.version, stored.position, stored.event_type,
                   stored.data || '{}'::jsonb AS data
            OFFSET 0) e
        CROSS JOIN LATERAL (SELECT CASE WHEN e.event_type = $2 THEN e.data->'article' END AS article) a
        WHERE stored.stream_id = ANY ($1::text[])
        ORDER BY e.stream_id, e.version
        """
}
