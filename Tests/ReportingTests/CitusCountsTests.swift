import Foundation
import Postgres
import PostgresTestSupport
import XCTest

/// On Citus, `sql/citus/distribute.sql` drops the reporting counts and their triggers (Citus
/// refuses triggers on distributed tables) and points the views back at the rows, and the events
/// kept as rows (220) back at their reports. Its first section needs no Citus: run on a plain
/// database, the views answer exactly as they did from the counts.
final class CitusCountsTests: XCTestCase {
    static let views = [
        "SELECT * FROM reporting.actor_events_by_month ORDER BY actor_id, month",
        "SELECT * FROM reporting.actor_pairs ORDER BY actor_id, other_actor_id",
        "SELECT * FROM reporting.provisional_actors ORDER BY actor_id",
        "SELECT * FROM reporting.ingestion_by_day ORDER BY source, day",
        "SELECT * FROM reporting.articles_by_published_day ORDER BY source, published",
        "SELECT * FROM reporting.events ORDER BY event_id",
    ]

    /// The script from its start to the end of the section "Before distributing", and the end of
    /// its transaction.
    static func sectionBeforeDistributing() throws -> String {
        let url = ReportingFixtures.repositoryRoot.appendingPathComponent("sql/citus/distribute.sql")
        let text = try String(contentsOf: url, encoding: .utf8)
        guard let end = text.range(of: "-- Reference tables:") else {
            throw CocoaError(.fileReadCorruptFile, userInfo: [NSFilePathErrorKey: url.path])
        }
        return String(text[..<end.lowerBound]) + "\nCOMMIT;\n"
    }

    func testViewsAnswerTheSameFromTheRowsOnceTheCountsAreDropped() throws {
        try TestDatabase.withFresh { conn, _ in
            try ReportingFixtures.migrate(conn)
            try ReportingFixtures.ingest(ReportingFixtures.all, into: conn)
            let fromCounts = try Self.views.map { try ReportingFixtures.rows(conn, $0) }
            XCTAssertTrue(fromCounts.allSatisfy { !$0.isEmpty }, "every view has rows to compare")

            _ = try conn.executeScript(try Self.sectionBeforeDistributing())

            let counts = try conn.query("""
                SELECT count(*) AS n FROM pg_tables
                WHERE tablename IN ('actor_month_counts', 'actor_pair_counts', 'provisional_actor_counts', 'article_day_counts',
                                    'event_rows')
                """)[0].int64("n")
            XCTAssertEqual(counts, 0, "the counts are dropped")
            let triggers = try conn.query("""
                SELECT count(*) AS n FROM pg_trigger WHERE NOT tgisinternal
                  AND tgrelid IN ('timeline_entries'::regclass, 'timeline_articles'::regclass,
                                  'event_mentions'::regclass, 'article_fingerprints'::regclass)
                """)[0].int64("n")
            XCTAssertEqual(triggers, 0, "no trigger is left on the tables Citus spreads")
            for (view, rows) in zip(Self.views, fromCounts) {
                XCTAssertEqual(try ReportingFixtures.rows(conn, view), rows, view)
            }
        }
    }
}
