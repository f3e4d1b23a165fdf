import EventStore
import Foundation
import Postgres
import PostgresTestSupport
import XCTest

/// The counts kept by triggers (`sql/170_article_day_counts.sql`, `sql/180_actor_counts.sql`)
/// equal the same counts taken from the rows, after every kind of statement the projection and
/// curation run: inserts, replacing an article's rows, moving rows to another actor, renaming,
/// changing days, taking rows away, and emptying the tables.
final class ReportingCountsTests: XCTestCase {
    /// Each pair: what a counts table holds, and the same from the rows it counts.
    static let checks: [(name: String, kept: String, counted: String)] = [
        ("actor months", """
            SELECT actor_id, month, entries, articles FROM actor_month_counts
            """, """
            SELECT actor_id, date_trunc('month', first_day::timestamp)::date, count(*), count(DISTINCT stream_id)
            FROM timeline_entries GROUP BY 1, 2
            """),
        ("actor pairs", """
            SELECT actor_id, other_actor_id, entries, articles, first_day, last_day FROM actor_pair_counts
            """, """
            SELECT e.actor_id, o.id, count(*), count(DISTINCT e.stream_id), min(e.first_day), max(e.last_day)
            FROM timeline_entries e CROSS JOIN LATERAL unnest(e.other_actor_ids) AS o(id) GROUP BY 1, 2
            """),
        ("provisional names", """
            SELECT actor_id, entries, articles, first_day, last_day FROM provisional_actor_counts
            """, """
            SELECT actor_id, count(*), count(DISTINCT stream_id), min(first_day), max(last_day)
            FROM timeline_entries WHERE provisional GROUP BY 1
            """),
        ("article days", """
            SELECT source, recorded_day, published, articles, dated_events, expressions, without_dated_events FROM article_day_counts
            """, """
            SELECT coalesce(source, ''), (recorded_at AT TIME ZONE 'UTC')::date, published, count(*), sum(dated_events),
                   sum(expressions), count(*) FILTER (WHERE dated_events = 0)
            FROM timeline_articles GROUP BY 1, 2, 3
            """),
    ]

    private func assertCountsMatchRows(_ conn: PostgresConnection, after step: String, file: StaticString = #filePath, line: UInt = #line) throws {
        for check in Self.checks {
            let extra = try conn.query("SELECT count(*) AS n FROM ((\(check.kept)) EXCEPT ALL (\(check.counted))) AS x")[0].int64("n")
            let missing = try conn.query("SELECT count(*) AS n FROM ((\(check.counted)) EXCEPT ALL (\(check.kept))) AS x")[0].int64("n")
            XCTAssertEqual(extra, 0, "\(check.name) after \(step): rows kept that the rows do not give", file: file, line: line)
            XCTAssertEqual(missing, 0, "\(check.name) after \(step): rows the rows give that are not kept", file: file, line: line)
        }
    }

    /// Rows as the projection writes them: 40 articles in 2 sources, 3 entries each, for actors
    /// a0 … a7 (a7 provisional), each naming the next actor or two.
    private func fill(_ conn: PostgresConnection) throws {
        try conn.query("""
            INSERT INTO timeline_articles (stream_id, identifier, title, published, source, revision, content_hash, position,
                                           recorded_at, expressions, dated_events)
            SELECT 's' || n, 'https://counts.test/' || n, 'लेख ' || n, date '2025-01-01' + n * 3,
                   CASE WHEN n % 3 = 0 THEN NULL ELSE 'src-' || (n % 2) END, 1, md5(n::text), n,
                   timestamptz '2025-06-01 22:30:00+00' + n * interval '5 hours', 4, CASE WHEN n % 5 = 0 THEN 0 ELSE 3 END
            FROM generate_series(1, 40) AS n
            """)
        try conn.query("""
            INSERT INTO timeline_entries (entry_id, actor_id, actor_name, actor_kind, provisional, evidence, first_day, last_day,
                granularity, value, expression, expression_start, expression_end, sentence, sentence_index,
                other_actor_ids, other_actor_names, stream_id, revision, extractor_version, gazetteer_revision, position, recorded_at)
            SELECT 'e' || n || '-' || k, 'a' || ((n + k) % 8), 'नाम ' || ((n + k) % 8), 'person', (n + k) % 8 = 7, 'alias:x',
                   date '2025-01-01' + n * 3 + k * 11, date '2025-01-01' + n * 3 + k * 11 + (k * 7) % 20, 'day', 'v', 'x', 0, 1,
                   'वाक्य', k,
                   CASE WHEN k = 2 THEN ARRAY['a' || ((n + k + 1) % 8), 'a' || ((n + k + 2) % 8)] ELSE ARRAY['a' || ((n + k + 1) % 8)] END,
                   CASE WHEN k = 2 THEN ARRAY['नाम ' || ((n + k + 1) % 8), 'नाम ' || ((n + k + 2) % 8)] ELSE ARRAY['नाम ' || ((n + k + 1) % 8)] END,
                   's' || n, 1, 'test', 'test', n, now()
            FROM generate_series(1, 40) AS n, generate_series(0, 2) AS k
            """)
    }

    func testCountsFollowEveryKindOfChange() throws {
        try TestDatabase.withFresh { conn, _ in
            try ReportingFixtures.migrate(conn)
            try fill(conn)
            try assertCountsMatchRows(conn, after: "the first inserts")

            // A new revision: the article's rows go in one statement and come back, changed, in another.
            try conn.transaction { conn in
                try conn.query("DELETE FROM timeline_entries WHERE stream_id IN ('s4', 's5')")
                try assertCountsMatchRows(conn, after: "taking two articles' rows away")
                try conn.query("""
                    INSERT INTO timeline_entries (entry_id, actor_id, actor_name, actor_kind, provisional, evidence, first_day, last_day,
                        granularity, value, expression, expression_start, expression_end, sentence, sentence_index,
                        other_actor_ids, other_actor_names, stream_id, revision, extractor_version, gazetteer_revision, position, recorded_at)
                    VALUES ('r4', 'a1', 'नाम 1', 'person', false, 'alias:x', '2024-12-30', '2025-02-02', 'month', 'v', 'x', 0, 1,
                            'वाक्य', 0, '{a2,a7}', '{"नाम 2","नाम 7"}', 's4', 2, 'test', 'test', 90, now())
                    """)
            }
            try assertCountsMatchRows(conn, after: "a new revision of an article")

            // Curation: one actor's rows move to another (a merge), names change (a rename).
            try conn.query("""
                UPDATE timeline_entries t SET actor_id = 'a2', actor_name = 'नाम 2' WHERE t.actor_id = 'a3'
                  AND NOT EXISTS (SELECT 1 FROM timeline_entries x WHERE x.entry_id = t.entry_id AND x.actor_id = 'a2')
                """)
            try conn.query("""
                UPDATE timeline_entries SET other_actor_ids = array_replace(other_actor_ids, 'a3', 'a2'),
                                            other_actor_names = array_replace(other_actor_names, 'नाम 3', 'नाम 2')
                WHERE 'a3' = ANY (other_actor_ids)
                """)
            try conn.query("UPDATE timeline_entries SET actor_name = 'नया नाम' WHERE actor_id = 'a2'")
            try assertCountsMatchRows(conn, after: "a merge and a rename")

            // Days move (also the first and last of pairs), a provisional name is accepted.
            try conn.query("UPDATE timeline_entries SET first_day = first_day + 40, last_day = last_day + 45 WHERE sentence_index = 1")
            try conn.query("UPDATE timeline_entries SET provisional = false WHERE actor_id = 'a7' AND stream_id < 's2'")
            try assertCountsMatchRows(conn, after: "moving days and accepting a name")

            // The rows holding pairs' first and last days go.
            try conn.query("""
                DELETE FROM timeline_entries t USING (
                    SELECT e.actor_id, o.id, min(e.first_day) AS f, max(e.last_day) AS l
                    FROM timeline_entries e CROSS JOIN LATERAL unnest(e.other_actor_ids) AS o(id) GROUP BY 1, 2
                ) AS p WHERE t.actor_id = p.actor_id AND p.id = ANY (t.other_actor_ids) AND (t.first_day = p.f OR t.last_day = p.l)
                """)
            try assertCountsMatchRows(conn, after: "taking the rows with pairs' first and last days away")

            // Articles: counts change, one is recorded again on another day, some go.
            try conn.query("UPDATE timeline_articles SET dated_events = 0 WHERE stream_id IN ('s1', 's2')")
            try conn.query("UPDATE timeline_articles SET recorded_at = recorded_at + interval '3 days', source = 'src-9' WHERE stream_id = 's3'")
            try conn.query("DELETE FROM timeline_articles WHERE stream_id IN ('s7', 's8') OR source IS NULL")
            try assertCountsMatchRows(conn, after: "changing and taking away articles")

            // A rebuild empties both tables.
            try conn.query("DELETE FROM timeline_entries")
            try conn.query("DELETE FROM timeline_articles")
            try assertCountsMatchRows(conn, after: "emptying the tables")
            for table in ["actor_month_counts", "actor_pair_counts", "provisional_actor_counts", "article_day_counts"] {
                XCTAssertEqual(try conn.query("SELECT count(*) AS n FROM \(table)")[0].int64("n"), 0, table)
            }
            try fill(conn)
            try assertCountsMatchRows(conn, after: "filling again")
        }
    }

    /// Through the projection: ingesting the reporting fixtures, and the rows of a database
    /// migrated before the counts existed (the migration counts what is stored).
    func testCountsOfIngestedArticlesAndOfRowsStoredBeforeTheMigration() throws {
        try TestDatabase.withFresh { conn, _ in
            try ReportingFixtures.migrate(conn)
            try ReportingFixtures.ingest(ReportingFixtures.all, into: conn)
            try assertCountsMatchRows(conn, after: "ingesting the fixtures")
            XCTAssertGreaterThan(try conn.query("SELECT count(*) AS n FROM actor_pair_counts")[0].int64("n"), 0)
        }
        try TestDatabase.withFresh { conn, _ in
            let sql = ReportingFixtures.repositoryRoot.appendingPathComponent("sql")
            let earlier = try FileManager.default.contentsOfDirectory(atPath: sql.path).filter { $0.hasSuffix(".sql") && $0 < "170" }
            let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("counts-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: scratch) }
            for file in earlier { try FileManager.default.copyItem(at: sql.appendingPathComponent(file), to: scratch.appendingPathComponent(file)) }
            _ = try Migrator(connection: conn, directory: scratch).migrate()
            try fill(conn)
            try ReportingFixtures.migrate(conn)
            try assertCountsMatchRows(conn, after: "migrating a filled database")
            XCTAssertGreaterThan(try conn.query("SELECT count(*) AS n FROM actor_month_counts")[0].int64("n"), 0)
        }
    }
}
