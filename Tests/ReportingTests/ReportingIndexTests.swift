import Postgres
import PostgresTestSupport
import XCTest

/// The views' filter columns reach the indexes of `sql/030_reporting.sql`, of the counts kept
/// since 170 and 180, and of periods since 210 and 220 (plans with sequential scans disabled, so
/// the answer does not depend on table size).
final class ReportingIndexTests: XCTestCase {
    private func plan(_ conn: PostgresConnection, _ sql: String) throws -> String {
        try conn.transaction { conn in
            try conn.query("SET LOCAL enable_seqscan = off")
            return try conn.query("EXPLAIN " + sql).compactMap { $0[0] }.joined(separator: "\n")
        }
    }

    func testOverlapOnTheDaysColumnUsesTheGiSTIndex() throws {
        try TestDatabase.withFresh { conn, _ in
            try ReportingFixtures.migrate(conn)
            try ReportingFixtures.ingest(ReportingFixtures.all, into: conn)
            for view in ["reporting.dated_events", "reporting.actor_timeline"] {
                let text = try plan(conn, "SELECT * FROM \(view) WHERE days && daterange('2025-03-01', '2025-03-31', '[]')")
                XCTAssertTrue(text.contains("Index Scan on timeline_entries_days") || text.contains("Index Scan using timeline_entries_days"),
                              "\(view):\n\(text)")
            }
        }
    }

    /// What lies inside a period (`<@`) is found in the SP-GiST index of 210, for the views and for
    /// the most active actors, which count from that index alone.
    func testInsideAPeriodUsesTheSPGiSTIndex() throws {
        try TestDatabase.withFresh { conn, _ in
            try ReportingFixtures.migrate(conn)
            try ReportingFixtures.ingest(ReportingFixtures.all, into: conn)
            for view in ["reporting.dated_events", "reporting.actor_timeline"] {
                let text = try plan(conn, "SELECT * FROM \(view) WHERE days <@ daterange('2025-03-01', '2025-03-31', '[]')")
                XCTAssertTrue(text.contains("timeline_entries_days_inside"), "\(view):\n\(text)")
            }
            let function = try plan(conn, "SELECT * FROM reporting.most_active_actors('2025-03-01', '2025-03-31', 5)")
            XCTAssertTrue(function.contains("Index Only Scan using timeline_entries_days_inside"), "the function is inlined:\n\(function)")
            XCTAssertFalse(function.contains("timeline_articles"), "no article lookup when no article column is used:\n\(function)")
            let events = try plan(conn, "SELECT * FROM reporting.events WHERE days <@ daterange('2025-03-03', '2025-03-09', '[]')")
            XCTAssertTrue(events.contains("event_rows_days"), events)
        }
    }

    func testMonthAndActorFiltersUseTheirIndexes() throws {
        try TestDatabase.withFresh { conn, _ in
            try ReportingFixtures.migrate(conn)
            let month = try plan(conn, "SELECT * FROM reporting.actor_events_by_month WHERE month = '2025-03-01'")
            XCTAssertTrue(month.contains("actor_month_counts_month"), month)
            let pairs = try plan(conn, "SELECT * FROM reporting.actor_pairs WHERE actor_id = 'wang-yi'")
            XCTAssertTrue(pairs.contains("Index Cond: (actor_id = 'wang-yi'::text)"), pairs)
            let timeline = try plan(conn, "SELECT * FROM reporting.actor_timeline WHERE actor_id = 'wang-yi'")
            XCTAssertTrue(timeline.contains("Index Cond: (actor_id = 'wang-yi'::text)"), timeline)
            let review = try plan(conn, "SELECT * FROM reporting.provisional_actors")
            XCTAssertTrue(review.contains("timeline_entries_provisional"), review)
            let coverage = try plan(conn, "SELECT * FROM reporting.extraction_coverage WHERE month = '2025-03-01'")
            XCTAssertTrue(coverage.contains("timeline_articles_published_month"), coverage)
            let ingestion = try plan(conn, "SELECT * FROM reporting.ingestion_by_day WHERE day >= '2025-03-01'")
            XCTAssertTrue(ingestion.contains("article_day_counts_pkey"), ingestion)
        }
    }
}
