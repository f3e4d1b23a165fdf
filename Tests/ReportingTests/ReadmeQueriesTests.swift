import Foundation
import Postgres
import PostgresTestSupport
import Timelines
import XCTest

/// The README's analyst examples, run with psql as an analyst against the repository's samples:
/// the output must be exactly what the README shows, so the README cannot drift.
final class ReadmeQueriesTests: XCTestCase {
    private static let readme = ReportingFixtures.repositoryRoot.appendingPathComponent("README.md")
    private static let samples = ReportingFixtures.repositoryRoot.appendingPathComponent("samples/articles.jsonl")

    func testTheReadmeShowsFiveOrMoreExamplesWithTheirOutput() throws {
        let examples = try ReadmeExample.parse(readme: String(contentsOf: Self.readme, encoding: .utf8))
        XCTAssertGreaterThanOrEqual(examples.count, 5)
        for example in examples {
            XCTAssertTrue(example.sql.contains("ORDER BY") || example.sql.contains("most_active_actors"),
                          "examples order their rows fully:\n\(example.sql)")
            XCTAssertTrue(example.expectedOutput.hasSuffix("rows)") || example.expectedOutput.hasSuffix("row)"), example.expectedOutput)
        }
    }

    func testEveryReadmeExamplePrintsExactlyTheShownOutput() throws {
        let examples = try ReadmeExample.parse(readme: String(contentsOf: Self.readme, encoding: .utf8))
        let decoded = ArticleDecoder().decode(try Data(contentsOf: Self.samples), name: "articles.jsonl")
        XCTAssertEqual(decoded.errors.count, 0)
        XCTAssertEqual(decoded.articles.count, 7)
        try TestDatabase.withFresh { admin, url in
            try ReportingFixtures.migrate(admin)
            try ReportingFixtures.ingest(decoded.articles, into: admin)
            try AnalystLogin.with(url: url, admin: admin) { _, role in
                let analystURL = try PostgresConfiguration(url: url).setting("user", to: role).urlWithoutPassword
                for example in examples {
                    let output = try PsqlRunner.run(example.sql + "\n", url: analystURL)
                    XCTAssertEqual(output.trimmingCharacters(in: .newlines), example.expectedOutput,
                                   "README example:\n\(example.sql)\n--- psql printed:\n\(output)")
                }
            }
        }
    }

    func testTheParserPairsEachSQLBlockWithTheBlockAfterIt() throws {
        let text = """
            # t
            ## For analysts
            ```sh
            psql
            ```
            ```sql
            SELECT 1 ORDER BY 1;
            ```
            ```
             a
            (1 row)
            ```
            ## Next
            ```sql
            SELECT 2;
            ```
            """
        XCTAssertEqual(try ReadmeExample.parse(readme: text), [ReadmeExample(sql: "SELECT 1 ORDER BY 1;", expectedOutput: " a\n(1 row)")])
        XCTAssertThrowsError(try ReadmeExample.parse(readme: "## For analysts\n```sql\nSELECT 1;\n```\n"))
    }
}
