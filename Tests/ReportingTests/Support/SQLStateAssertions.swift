import Postgres
import XCTest

/// Asserts that `sql` fails on `connection` with the given SQLSTATE.
func XCTAssertSQLState(_ expected: String, _ connection: PostgresConnection, _ sql: String,
                       file: StaticString = #filePath, line: UInt = #line) {
    do {
        try connection.query(sql)
        XCTFail("expected SQLSTATE \(expected), but it succeeded: \(sql)", file: file, line: line)
    } catch let error as PostgresError {
        XCTAssertEqual(error.sqlState, expected, "\(sql) → \(String(reflecting: error))", file: file, line: line)
    } catch {
        XCTFail("\(sql) → unexpected \(error)", file: file, line: line)
    }
}
