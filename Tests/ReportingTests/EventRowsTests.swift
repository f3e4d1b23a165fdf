import EventStore
import Foundation
import Postgres
import PostgresTestSupport
import Timelines
import XCTest

/// The events kept as rows (`sql/220_event_rows.sql`) equal the events computed from their
/// reports after every kind of statement the projection and curation run: new reports, a report
/// moved to another event, a report's realis changed, reports taken away, an article's source and
/// day revised, an article found to be a reprint and then not, articles taken away, and emptying.
final class EventRowsTests: XCTestCase {
    private func assertRowsMatchReports(_ conn: PostgresConnection, after step: String,
                                        file: StaticString = #filePath, line: UInt = #line) throws {
        let extra = try conn.query("""
            SELECT count(*) AS n FROM (SELECT * FROM event_rows EXCEPT ALL SELECT * FROM event_rows_computed) AS x
            """)[0].int64("n")
        let missing = try conn.query("""
            SELECT count(*) AS n FROM (SELECT * FROM event_rows_computed EXCEPT ALL SELECT * FROM event_rows) AS x
            """)[0].int64("n")
        XCTAssertEqual(extra, 0, "after \(step): event rows that the reports do not give", file: file, line: line)
        XCTAssertEqual(missing, 0, "after \(step): events of the reports that have no row", file: file, line: line)
    }

    /// 30 articles in 3 sources; article n reports events ev(n % 7) and ev(n % 5 + 10), dated a
    /// few days apart so that some events' reports disagree.
    private func fill(_ conn: PostgresConnection) throws {
        try conn.query("""
            INSERT INTO timeline_articles (stream_id, identifier, title, published, source, revision, content_hash, position, recorded_at)
            SELECT 's' || n, 'https://events.test/' || n, 'लेख ' || n, date '2025-03-01' + n, 'src-' || (n % 3), 1, md5(n::text), n, now()
            FROM generate_series(1, 30) AS n
            """)
        try conn.query("""
            INSERT INTO article_fingerprints (stream_id, slots, reprint_of, similarity, position)
            SELECT 's' || n, '\\x00'::bytea, NULL, NULL, n FROM generate_series(1, 30) AS n
            """)
        try conn.query("""
            INSERT INTO event_mentions (entry_id, event_id, stream_id, sentence_index, first_day, last_day, granularity, cameo,
                                        realis, lemma, actor_ids, sketch, joined_by, score, position)
            SELECT 'e' || n || '-' || k, CASE k WHEN 0 THEN 'ev' || (n % 7) ELSE 'ev' || (n % 5 + 10) END, 's' || n, k,
                   date '2025-03-01' + (n % 4), date '2025-03-01' + (n % 4) + k, 'day',
                   CASE WHEN n % 2 = 0 THEN '04' END, CASE WHEN n % 3 = 0 THEN 'planned' ELSE 'actual' END, 'बैठक',
                   ARRAY['a' || (n % 4), 'a' || k], '\\x00'::bytea, 'first report', 0, n
            FROM generate_series(1, 30) AS n, generate_series(0, 1) AS k
            """)
    }

    func testEventRowsFollowEveryKindOfChange() throws {
        try TestDatabase.withFresh { conn, _ in
            try ReportingFixtures.migrate(conn)
            try fill(conn)
            XCTAssertEqual(try conn.query("SELECT count(*) AS n FROM event_rows")[0].int64("n"), 12, "ev0 … ev6 and ev10 … ev14")
            try assertRowsMatchReports(conn, after: "the first reports")

            // A curator's move: the report is taken away and written again under its new event.
            try conn.query("""
                WITH moved AS (DELETE FROM event_mentions WHERE entry_id IN ('e1-0', 'e8-0') RETURNING *)
                INSERT INTO event_mentions SELECT entry_id, 'ev12', stream_id, sentence_index, first_day, last_day, granularity,
                       cameo, realis, lemma, actor_ids, sketch, 'placed by a curator', 1, position FROM moved
                """)
            try assertRowsMatchReports(conn, after: "a move to another event")
            try conn.query("UPDATE event_mentions SET realis = 'negated', cameo = '17' WHERE event_id = 'ev3'")
            try assertRowsMatchReports(conn, after: "realis and type changed")
            try conn.query("DELETE FROM event_mentions WHERE event_id = 'ev4'")
            XCTAssertEqual(try conn.query("SELECT count(*) AS n FROM event_rows WHERE event_id = 'ev4'")[0].int64("n"), 0,
                           "an event without reports has no row")
            try assertRowsMatchReports(conn, after: "an event's reports taken away")
            try conn.query("UPDATE timeline_articles SET source = 'src-0', published = published + 3 WHERE stream_id IN ('s2', 's5')")
            try assertRowsMatchReports(conn, after: "articles' source and day revised")
            try conn.query("UPDATE timeline_articles SET source = NULL WHERE stream_id = 's7'")
            try assertRowsMatchReports(conn, after: "an article without a source (its host counts)")
            try conn.query("UPDATE article_fingerprints SET reprint_of = 's1', similarity = 0.9 WHERE stream_id IN ('s6', 's11')")
            try assertRowsMatchReports(conn, after: "two articles found to be reprints")
            try conn.query("DELETE FROM article_fingerprints WHERE stream_id = 's6'")
            try assertRowsMatchReports(conn, after: "a fingerprint taken away")
            try conn.query("DELETE FROM timeline_articles WHERE stream_id IN ('s12', 's13')")
            try assertRowsMatchReports(conn, after: "articles taken away before their reports")
            try conn.query("DELETE FROM event_mentions")
            XCTAssertEqual(try conn.query("SELECT count(*) AS n FROM event_rows")[0].int64("n"), 0, "no report, no event")
        }
    }

    /// Events ingested through the projection read the same from the rows as from their reports,
    /// and a rebuild writes them again.
    func testIngestedEventsAndARebuildKeepTheRows() throws {
        try TestDatabase.withFresh { conn, _ in
            try ReportingFixtures.migrate(conn)
            try ReportingFixtures.ingest([ReportingEventClustersTests.meeting, ReportingEventClustersTests.reprint,
                                          ReportingEventClustersTests.ownWords], into: conn)
            XCTAssertGreaterThan(try conn.query("SELECT count(*) AS n FROM event_rows")[0].int64("n"), 0)
            try assertRowsMatchReports(conn, after: "ingest")
            let before = try ReportingFixtures.rows(conn, "SELECT * FROM reporting.events ORDER BY event_id")
            try TimelineProjection(connection: conn).rebuild()
            try assertRowsMatchReports(conn, after: "a rebuild")
            XCTAssertEqual(try ReportingFixtures.rows(conn, "SELECT * FROM reporting.events ORDER BY event_id"), before)
        }
    }

    /// A database with reports made before 220 gets a row for each of its events when migrated.
    func testReportsStoredBeforeTheEventRowsGetThemWhenMigrated() throws {
        try TestDatabase.withFresh { conn, _ in
            let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("event-rows-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: scratch) }
            let sql = ReportingFixtures.repositoryRoot.appendingPathComponent("sql")
            for file in try FileManager.default.contentsOfDirectory(atPath: sql.path) where file.hasSuffix(".sql") && file < "220" {
                try FileManager.default.copyItem(at: sql.appendingPathComponent(file),
                                                 to: scratch.appendingPathComponent(file))
            }
            _ = try Migrator(connection: conn, directory: scratch).migrate()
            try fill(conn)
            // The columns reporting.events had before 220 (it adds days).
            let columns = """
                SELECT event_id, first_day, last_day, dates_disagree, cameo, realis, actor_ids, mentions, articles, sources,
                       reprinted_mentions, first_reported, last_reported FROM reporting.events ORDER BY event_id
                """
            let computed = try ReportingFixtures.rows(conn, columns)
            try ReportingFixtures.migrate(conn)
            XCTAssertEqual(try ReportingFixtures.rows(conn, columns), computed)
            XCTAssertEqual(computed.count, 12)
        }
    }
}
