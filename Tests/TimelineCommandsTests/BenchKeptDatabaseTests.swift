import Foundation
import Postgres
import PostgresTestSupport
import XCTest

/// `timeline bench query|reporting --keep-database NAME`: filled once and reused by a run with the
/// same sizes, filled again for other sizes, and a database it did not make left alone.
final class BenchKeptDatabaseTests: XCTestCase {
    func testAKeptDatabaseIsFilledOnceReusedAndNeverTakenFromSomebodyElse() throws {
        let url = try TestDatabase.freshDatabaseURL()
        defer { try? TestDatabase.drop(url) }
        let name = "timeline_test_\(getpid())_kept_bench"
        let kept = try TestDatabase.serverConfiguration().withDatabase(name).url(includingPassword: true)
        try? TestDatabase.drop(kept)
        defer { try? TestDatabase.drop(kept) }
        func bench(_ command: String, rows: Int) throws -> (status: Int32, stdout: String, stderr: String) {
            let result = try TimelineBinary.run(["bench", command, "--rows", String(rows), "--actors", "40", "--keep-database", name,
                                                 "--database-url", url] + (command == "query" ? ["--queries", "20"] : ["--runs", "1"]))
            return (result.status, result.stdout, result.stderr)
        }

        let first = try bench("reporting", rows: 3_000)
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertTrue(first.stdout.contains("filled 3000 rows for 40 actors"), first.stdout)
        XCTAssertTrue(first.stdout.contains("(kept database \(name))"), first.stdout)

        let again = try bench("query", rows: 3_000)
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertTrue(again.stdout.contains("reusing \(name), filled earlier with 3000 rows for 40 actors"), again.stdout)
        XCTAssertFalse(again.stdout.contains("filled 3000"), again.stdout)

        let other = try bench("query", rows: 2_000)
        XCTAssertEqual(other.status, 0, other.stderr)
        XCTAssertTrue(other.stdout.contains("filled 2000 rows for 40 actors"), other.stdout)
        let stored = try PostgresConnection.connect(kept)
        defer { stored.close() }
        XCTAssertEqual(try stored.query("SELECT count(*) AS n FROM timeline_entries")[0].int64("n"), 2_000)

        // Filled with the same sizes by a `timeline` whose rows lay out otherwise (its mark names no layout): filled again.
        let admin = try PostgresConnection.connect(url)
        defer { admin.close() }
        try admin.query("SELECT set_config('timeline.test_database', $1, false)", [.text(name)])
        try admin.query("""
            DO $$ BEGIN
                EXECUTE format('COMMENT ON DATABASE %I IS %L', current_setting('timeline.test_database'), 'timeline bench: rows=2000 actors=40');
            END $$
            """)
        let older = try bench("query", rows: 2_000)
        XCTAssertEqual(older.status, 0, older.stderr)
        XCTAssertTrue(older.stdout.contains("filled 2000 rows for 40 actors"), older.stdout)

        // The test's own database was not made by the bench: refused, and nothing in it changes.
        let foreign = try XCTUnwrap(try PostgresConfiguration(url: url).database)
        let refused = try TimelineBinary.run(["bench", "query", "--rows", "100", "--actors", "5", "--keep-database", foreign,
                                              "--database-url", url])
        XCTAssertNotEqual(refused.status, 0)
        XCTAssertTrue(refused.stderr.contains("database \(foreign) exists and was not made by `timeline bench --keep-database`"),
                      refused.stderr)
        let untouched = try PostgresConnection.connect(url)
        defer { untouched.close() }
        XCTAssertEqual(try untouched.query("SELECT count(*) AS n FROM pg_tables WHERE schemaname = 'public'")[0].int64("n"), 0)
    }
}
