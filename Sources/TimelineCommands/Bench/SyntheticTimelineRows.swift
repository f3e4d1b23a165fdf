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
/// after, 25 % anywhere within two years either side. Every fifth entry is a calendar month, the
/// others one day.
enum SyntheticTimelineRows {
    /// Changes whenever the rows a fill writes change, so that a kept bench database filled by an
    /// older `timeline` is filled again.
    static let layout = 2

    /// Inserts `rows` entries, `rows / 5` articles (in 7 sources, recorded over 30 days) and unresolved
    /// expressions for every third article, then vacuums and analyzes the tables.
    static func fill(_ conn: PostgresConnection, rows: Int, actors: Int) throws {
        try conn.query("""
            INSERT INTO timeline_articles (stream_id, identifier, url, title, published, tags, revision, content_hash, position, recorded_at,
                                           source, expressions, dated_events)
            SELECT 'article-' || a, 'https://bench.test/' || a, 'https://bench.test/' || a, 'समाचार ' || a,
                   date '2020-01-01' + ((a - 1)::bigint * 2000 / greatest($1::int / 5, 1))::int, '{}', 1, md5(a::text), a,
                   now() - (a % 30) * interval '1 day',
                   'source-' || (a % 7), 6, CASE WHEN a % 10 = 0 THEN 0 ELSE 5 END
            FROM generate_series(1, greatest($1::int / 5, 1)) AS a
            """, [PostgresValue.int(Int64(rows))])
        // Actor k gets entries in proportion to 1/k (rank-frequency of news actors), via a power of a uniform draw.
        // Written in statements of at most `chunk` rows, as the projection writes pages: the
        // triggers that keep the reporting counts see one statement's rows at a time.
        for first in stride(from: 1, through: rows, by: chunk) {
            try insertEntries(conn, rows: rows, actors: actors, from: first, through: min(rows, first + chunk - 1))
        }
        try conn.query("""
            INSERT INTO timeline_unresolved (stream_id, expression, expression_start, expression_end, type, value, reason)
            SELECT 'article-' || a, 'अभी', 0, 3, 'DATE', 'PRESENT_REF', 'vague'
            FROM generate_series(1, greatest($1::int / 5, 1), 3) AS a
            """, [PostgresValue.int(Int64(rows))])
        // A steady-state database is vacuumed by autovacuum; do it now so index-only scans apply.
        for table in ["timeline_entries", "timeline_articles", "timeline_unresolved", "actor_month_counts",
                      "actor_pair_counts", "provisional_actor_counts", "article_day_counts"] {
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
                   CASE WHEN is_month THEN date_trunc('month', d)::date ELSE d END,
                   CASE WHEN is_month THEN (date_trunc('month', d) + interval '1 month - 1 day')::date ELSE d END,
                   CASE WHEN is_month THEN 'month' ELSE 'day' END,
                   CASE WHEN is_month THEN to_char(d, 'YYYY-MM') ELSE d::text END, 'शनिवार', 0, 6,
                   'अभिनेता ' || k || ' ने शनिवार को बैठक की।', 0,
                   ARRAY['actor-' || (k + 1)], ARRAY['अभिनेता ' || (k + 1)], 'article-' || n,
                   1, 'bench', 'bench', i, now(), 'समाचार ' || n, 'https://bench.test/' || n, 'https://bench.test/' || n, published,
                   'source-' || (n % 7)
            FROM (SELECT i, n, k, published, i % 5 = 0 AS is_month,
                         published + CASE WHEN r < 0.60 THEN -floor(random() * 4)::int
                                          WHEN r < 0.75 THEN 1 + floor(random() * 14)::int
                                          ELSE floor((random() - 0.5) * 1460)::int END AS d
                  FROM (SELECT i, n, 1 + floor(power(random(), 3) * $2::int)::int AS k, random() AS r,
                               date '2020-01-01' + ((n - 1)::bigint * 2000 / articles)::int AS published
                        FROM (SELECT i, least(1 + (i - 1) / 5, articles) AS n, articles
                              FROM generate_series($3::int, $4::int) AS i, (SELECT greatest($1::int / 5, 1) AS articles) c) a) b) g
            """, [PostgresValue.int(Int64(rows)), PostgresValue.int(Int64(actors)), PostgresValue.int(Int64(first)), PostgresValue.int(Int64(last))])
    }
}
