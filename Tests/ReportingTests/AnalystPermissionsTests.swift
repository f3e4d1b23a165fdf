import Postgres
import PostgresTestSupport
import XCTest

/// A member of `timeline_analyst` reads `reporting` and nothing else, and can change nothing.
final class AnalystPermissionsTests: XCTestCase {
    private static let baseTables = ["events", "timeline_entries", "timeline_articles", "timeline_unresolved", "actors",
                                     "actor_aliases", "projection_checkpoints", "gazetteer_state", "schema_migrations"]
    private static let views = ["actors", "actor_timeline", "dated_events", "actor_events_by_month", "actor_pairs",
                                "ingestion_by_day", "articles_by_published_day", "extraction_coverage",
                                "articles_without_dated_events", "unresolved_expressions", "provisional_actors", "event_log"]

    /// A text column of each table, for UPDATE statements.
    private static let textColumn = ["actors": "kind", "projection_checkpoints": "projection", "actor_month_counts": "actor_id",
                                     "actor_pair_counts": "actor_id", "provisional_actor_counts": "actor_id", "article_day_counts": "source",
                                     "event_rows": "event_id"]

    private func withAnalyst(_ body: (PostgresConnection) throws -> Void) throws {
        try TestDatabase.withFresh { admin, url in
            try ReportingFixtures.migrate(admin)
            try ReportingFixtures.ingest([ReportingFixtures.beijing, ReportingFixtures.phone], into: admin)
            try AnalystLogin.with(url: url, admin: admin) { analyst, _ in try body(analyst) }
        }
    }

    func testAnalystSelectsFromEveryReportingViewAndCallsTheFunction() throws {
        try withAnalyst { analyst in
            for view in Self.views {
                XCTAssertNoThrow(try analyst.query("SELECT * FROM reporting.\(view)"), view)
            }
            XCTAssertEqual(try analyst.query("SELECT count(*) AS n FROM reporting.actor_timeline")[0].int64("n"), 6)
            XCTAssertEqual(try analyst.query("SELECT count(*) AS n FROM reporting.event_log")[0].int64("n"), 4,
                           "two articles: 2 ArticleIngested, 2 ArticleExtracted")
            let top = try analyst.query("SELECT actor_id FROM reporting.most_active_actors('2025-03-01', '2025-03-31', 1)")
            XCTAssertEqual(top.map { $0["actor_id"] }, ["wang-yi"])
        }
    }

    func testAnalystCannotSelectFromBaseTables() throws {
        try withAnalyst { analyst in
            for table in Self.baseTables {
                XCTAssertSQLState("42501", analyst, "SELECT * FROM public.\(table) LIMIT 1")
            }
        }
    }

    func testTheReadOnlySessionDefaultRefusesWritesAndDDL() throws {
        try withAnalyst { analyst in
            XCTAssertEqual(try analyst.query("SHOW default_transaction_read_only")[0][0], "on")
            XCTAssertSQLState("25006", analyst, "INSERT INTO public.timeline_articles (stream_id) VALUES ('x')")
            XCTAssertSQLState("25006", analyst, "UPDATE public.timeline_entries SET value = 'x'")
            XCTAssertSQLState("25006", analyst, "DELETE FROM public.events")
            XCTAssertSQLState("25006", analyst, "TRUNCATE public.timeline_entries")
            XCTAssertSQLState("25006", analyst, "CREATE TABLE public.notes (x int)")
            XCTAssertSQLState("25006", analyst, "CREATE TEMP TABLE scratch (x int)")
            XCTAssertSQLState("25006", analyst, "DROP VIEW reporting.actor_timeline")
        }
    }

    /// The session default is only a guard: an analyst may turn it off. Privileges still refuse everything.
    func testPrivilegesRefuseWritesEvenWhenTheSessionIsReadWrite() throws {
        try withAnalyst { analyst in
            try analyst.query("SET default_transaction_read_only = off")
            XCTAssertEqual(try analyst.query("SHOW default_transaction_read_only")[0][0], "off")
            for table in ["events", "timeline_entries", "timeline_articles", "timeline_unresolved", "actors", "projection_checkpoints",
                          "actor_month_counts", "actor_pair_counts", "provisional_actor_counts", "article_day_counts",
                          "event_mentions", "event_rows"] {
                XCTAssertSQLState("42501", analyst, "INSERT INTO public.\(table) DEFAULT VALUES")
                XCTAssertSQLState("42501", analyst, "UPDATE public.\(table) SET \(Self.textColumn[table] ?? "stream_id") = 'x'")
                XCTAssertSQLState("42501", analyst, "DELETE FROM public.\(table)")
                XCTAssertSQLState("42501", analyst, "TRUNCATE public.\(table)")
            }
            // Simple (auto-updatable) views, over one table: refused by privilege.
            XCTAssertSQLState("42501", analyst, "INSERT INTO reporting.event_log (stream_id) VALUES ('x')")
            XCTAssertSQLState("42501", analyst, "UPDATE reporting.event_log SET stream_id = 'x'")
            XCTAssertSQLState("42501", analyst, "DELETE FROM reporting.event_log")
            XCTAssertSQLState("42501", analyst, "DELETE FROM reporting.actor_pairs")
            XCTAssertSQLState("42501", analyst, "UPDATE reporting.actor_events_by_month SET month = '2025-01-01'")
            XCTAssertSQLState("42501", analyst, "UPDATE reporting.actor_timeline SET value = 'x'")
            XCTAssertSQLState("42501", analyst, "INSERT INTO reporting.dated_events (value) VALUES ('x')")
            XCTAssertSQLState("42501", analyst, "UPDATE reporting.events SET mentions = 0")
            // Views over joins or aggregates cannot be written at all; views cannot be truncated.
            XCTAssertSQLState("55000", analyst, "DELETE FROM reporting.ingestion_by_day")
            XCTAssertSQLState("55000", analyst, "UPDATE reporting.event_reports SET score = 0")
            XCTAssertSQLState("42809", analyst, "TRUNCATE reporting.event_log")
            // Appending through the log's own function runs with the analyst's rights.
            try analyst.query("SET search_path = public")
            XCTAssertSQLState("42501", analyst, """
                SELECT * FROM public.append_events(ARRAY['s'], ARRAY[NULL::bigint], ARRAY[1], ARRAY[gen_random_uuid()],
                                                   ARRAY['T'], ARRAY['{}'::jsonb], ARRAY[NULL::jsonb])
                """)
        }
    }

    func testPrivilegesRefuseDDLAndTemporaryTablesEvenWhenTheSessionIsReadWrite() throws {
        try withAnalyst { analyst in
            try analyst.query("SET default_transaction_read_only = off")
            XCTAssertSQLState("42501", analyst, "CREATE TABLE public.notes (x int)")
            XCTAssertSQLState("42501", analyst, "CREATE TABLE reporting.notes (x int)")
            XCTAssertSQLState("42501", analyst, "CREATE VIEW reporting.mine AS SELECT 1 AS one")
            XCTAssertSQLState("42501", analyst, "CREATE FUNCTION public.f() RETURNS int LANGUAGE sql AS 'SELECT 1'")
            XCTAssertSQLState("42501", analyst, "CREATE SCHEMA scratch")
            XCTAssertSQLState("42501", analyst, "CREATE TEMP TABLE scratch (x int)")
            XCTAssertSQLState("42501", analyst, "DROP VIEW reporting.actor_timeline")
            XCTAssertSQLState("42501", analyst, "ALTER VIEW reporting.actors RENAME TO people")
            XCTAssertSQLState("42501", analyst, "DROP FUNCTION reporting.most_active_actors(date, date, integer)")
            XCTAssertSQLState("42501", analyst, "DROP TABLE public.events")
            XCTAssertSQLState("42501", analyst, "COMMENT ON VIEW reporting.actors IS 'mine'")
            // Without the grant option a GRANT only warns "no privileges were granted".
            try analyst.query("GRANT SELECT ON reporting.actors TO PUBLIC")
            XCTAssertEqual(try analyst.query("SELECT has_table_privilege('public', 'reporting.actors', 'SELECT') AS p")[0].bool("p"), false)
        }
    }

    func testTheMigratingRoleKeepsTemporaryTablesAndCreate() throws {
        try TestDatabase.withFresh { admin, _ in
            try ReportingFixtures.migrate(admin)
            let rows = try admin.query("""
                SELECT has_database_privilege(current_user, current_database(), 'TEMPORARY') AS own_temp,
                       has_database_privilege('public', current_database(), 'TEMPORARY') AS public_temp,
                       has_schema_privilege('public', 'public', 'CREATE') AS public_create,
                       has_schema_privilege('timeline_analyst', 'reporting', 'CREATE') AS analyst_create,
                       has_schema_privilege('timeline_analyst', 'reporting', 'USAGE') AS analyst_usage
                """)
            XCTAssertEqual(rows[0].values, ["t", "f", "f", "f", "t"])
            XCTAssertNoThrow(try admin.query("CREATE TEMP TABLE scratch (x int)"))
        }
    }
}
