import Foundation
import Postgres

/// Fills a scratch database's read model with synthetic timeline rows for the query benchmarks.
///
/// Rows are spread over `actors` actors with a skewed (Zipf-like) distribution, as news is: a few
/// actors have many entries, most have few. Each entry names one other actor (the next one).
///
/// The rows lie on disk as the projection writes them: articles in the order they were published
/// (2020-01-01 … 2025-06-22), each article's five entries together. As in news, most entries are
/// dated near their article: 60 % on its day or up to three days before, 15 % within two weeks
/// after, 25 % anywhere within two years either side. As in the development set's gold dates, one
/// entry in seven is a whole year and one in ten a calendar month; the others are one day.
///
/// Each entry is also a report of an event (`event_mentions`): the entries of one actor on the same
/// dates are one event, so a busy actor's events have many reports and most events have one. Each
/// article has a fingerprint, and every twentieth article is a reprint of the one before it.
enum SyntheticTimelineRows {
    /// Changes whenever the rows a fill writes change, so that a kept bench database filled by an
    /// older `timeline` is filled again.
    static let layout = 3

    /// Inserts `rows` entries and as many event reports, `rows / 5` articles (in 7 sources, recorded
    /// over 30 days) with their fingerprints and unresolved expressions for every third article, then
    /// vacuums and analyzes the tables.
    static func fill(_ conn: PostgresConnection, rows: Int, actors: Int) throws {
        let articles = PostgresValue.int(Int64(max(rows / 5, 1)))
        try conn.query("""
            INSERT INTO timeline_articles (stream_id, identifier, url, title, published, tags, revision, content_hash, position, recorded_at,
                                           source, expressions, dated_events)
            SELECT 'article-' || a, 'https://bench.test/' || a, 'https://bench.test/' || a, 'समाचार ' || a,
                   date '2020-01-01' + ((a - 1)::bigint * 2000 / $1::int)::int, '{}', 1, md5(a::text), a,
                   now() - (a % 30) * interval '1 day',
                   'source-' || (a % 7), 6, CASE WHEN a % 10 = 0 THEN 0 ELSE 5 END
            FROM generate_series(1, $1::int) AS a
            """, [articles])
        try conn.query("""
            INSERT INTO article_fingerprints (stream_id, slots, reprint_of, similarity, position)
            SELECT 'article-' || a, '\\x00'::bytea, CASE WHEN a % 20 = 0 THEN 'article-' || (a - 1) END,
                   CASE WHEN a % 20 = 0 THEN 0.9 END, a
            FROM generate_series(1, $1::int) AS a
            """, [articles])
        // Actor k gets entries in proportion to 1/k (rank-frequency of news actors), via a power of a uniform draw.
        // Written in statements of at most `chunk` rows, as the projection writes pages: the
        // triggers that keep the reporting counts see one statement's rows at a time.
        for first in stride(from: 1, through: rows, by: chunk) {
            let last = min(rows, first + chunk - 1)
            try insertEntries(conn, rows: rows, actors: actors, from: first, through: last)
            try insertReports(conn, from: first, through: last)
        }
        try conn.query("""
            INSERT INTO timeline_unresolved (stream_id, expression, expression_start, expression_end, type, value, reason)
            SELECT 'article-' || a, 'अभी', 0, 3, 'DATE', 'PRESENT_REF', 'vague'
            FROM generate_series(1, $1::int, 3) AS a
            """, [articles])
        // A steady-state database is vacuumed by autovacuum; do it now so index-only scans apply.
        for table in ["timeline_entries", "timeline_articles", "timeline_unresolved", "actor_month_counts",
                      "actor_pair_counts", "provisional_actor_counts", "article_day_counts", "event_mentions",
                      "article_fingerprints"] {
            try conn.query("VACUUM (ANALYZE) \(table)")
        }
    }

    /// Rows per INSERT statement.
    static let chunk = 200_000

    private static func insertEntries(_ conn: PostgresConnection, rows: Int, actors: Int, from first: Int, through last: Int) throws {
        try conn.query("""
            INSERT INTO timeline_entries (entry_id, actor_id, actor_name, actor_kind, provisional, evidence, first_day, last_day,
                granularity, value, expression, expression_start, expression_end, sentence, sentence_index,
                other_actor_ids, other_actor_names, stream_id, revision, extractor_version, gazetteer_revision, position, recorded_at,
                article_title, article_url, article_identifier, article_published, article_source)
            SELECT lpad(to_hex(i), 10, '0'), 'actor-' || k, 'अभिनेता ' || k, 'person', k % 50 = 0, 'alias:x',
                   CASE unit WHEN 'day' THEN d ELSE date_trunc(unit, d)::date END,
                   CASE unit WHEN 'day' THEN d ELSE (date_trunc(unit, d) + ('1 ' || unit)::interval - interval '1 day')::date END,
                   unit, CASE unit WHEN 'year' THEN to_char(d, 'YYYY') WHEN 'month' THEN to_char(d, 'YYYY-MM') ELSE d::text END,
                   'शनिवार', 0, 6, 'अभिनेता ' || k || ' ने शनिवार को बैठक की।', 0,
                   ARRAY['actor-' || (k + 1)], ARRAY['अभिनेता ' || (k + 1)], 'article-' || n,
                   1, 'bench', 'bench', i, now(), 'समाचार ' || n, 'https://bench.test/' || n, 'https://bench.test/' || n, published,
                   'source-' || (n % 7)
            FROM (SELECT i, n, k, published,
                         CASE WHEN i % 7 = 0 THEN 'year' WHEN i % 10 = 1 THEN 'month' ELSE 'day' END AS unit,
                         published + CASE WHEN r < 0.60 THEN -floor(random() * 4)::int
                                          WHEN r < 0.75 THEN 1 + floor(random() * 14)::int
                                          ELSE floor((random() - 0.5) * 1460)::int END AS d
                  FROM (SELECT i, n, 1 + floor(power(random(), 3) * $2::int)::int AS k, random() AS r,
                               date '2020-01-01' + ((n - 1)::bigint * 2000 / articles)::int AS published
                        FROM (SELECT i, least(1 + (i - 1) / 5, articles) AS n, articles
                              FROM generate_series($3::int, $4::int) AS i, (SELECT greatest($1::int / 5, 1) AS articles) c) a) b) g
            """, [PostgresValue.int(Int64(rows)), PostgresValue.int(Int64(actors)), PostgresValue.int(Int64(first)), PostgresValue.int(Int64(last))])
    }

    /// One report per entry of rows `first` … `last`; an actor's entries on the same dates are one event.
    private static func insertReports(_ conn: PostgresConnection, from first: Int, through last: Int) throws {
        try conn.query("""
            INSERT INTO event_mentions (entry_id, event_id, stream_id, sentence_index, first_day, last_day, granularity,
                                        cameo, realis, lemma, actor_ids, sketch, joined_by, score, position)
            SELECT e.entry_id, 'ev' || left(md5(e.actor_id || e.first_day || e.last_day), 12), e.stream_id, 0,
                   e.first_day, e.last_day, e.granularity, CASE WHEN e.position % 3 = 0 THEN '04' END,
                   CASE WHEN e.position % 6 = 1 THEN 'planned' ELSE 'actual' END, 'बैठक',
                   e.actor_id || e.other_actor_ids, '\\x00'::bytea, 'first report', 0, e.position
            FROM timeline_entries e
            WHERE e.position BETWEEN $1 AND $2
            """, [PostgresValue.int(Int64(first)), PostgresValue.int(Int64(last))])
    }
}
