import Foundation
import PostgresTestSupport
import XCTest

/// `timeline bench ingest` against a real PostgreSQL: the projection that follows the ingest
/// applies the whole log, and ends with the rows a projection after the ingest writes.
final class BenchIngestCommandTests: XCTestCase {
    private func rows(in output: String) -> String? {
        guard let line = output.split(separator: "\n").first(where: { $0.hasPrefix("projection:") }),
              let open = line.lastIndex(of: "(") else { return nil }
        return String(line[open...])
    }

    func testAlongsideAndAfterTheIngestTheProjectionAppliesEveryEvent() throws {
        let url = try TestDatabase.freshDatabaseURL()
        defer { try? TestDatabase.drop(url) }
        let alongside = try TimelineBinary.run(["bench", "ingest", "--articles", "40", "--database-url", url])
        XCTAssertEqual(alongside.status, 0, alongside.stderr)
        XCTAssertTrue(alongside.stdout.contains("80 log events"), alongside.stdout)
        XCTAssertTrue(alongside.stdout.contains("projection following"), alongside.stdout)

        let after = try TimelineBinary.run(["bench", "ingest", "--articles", "40", "--sequential", "--database-url", url])
        XCTAssertEqual(after.status, 0, after.stderr)
        XCTAssertTrue(after.stdout.contains("80 log events"), after.stdout)
        let rows = try XCTUnwrap(rows(in: after.stdout), after.stdout)
        XCTAssertTrue(rows.hasSuffix("timeline rows)") && rows != "(0 timeline rows)", rows)
        XCTAssertEqual(self.rows(in: alongside.stdout), rows, "the same articles give the same rows either way")
    }
}
