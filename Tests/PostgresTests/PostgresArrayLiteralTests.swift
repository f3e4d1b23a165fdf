import XCTest
import Postgres

final class PostgresArrayLiteralTests: XCTestCase {
    func testQuotesAndEscapes() throws {
        XCTAssertEqual(try PostgresValue.arrayLiteral([]), "{}")
        XCTAssertEqual(try PostgresValue.arrayLiteral(["रूस", "a\"b", "c\\d", "NULL", "x,y"]),
                       #"{"रूस","a\"b","c\\d","NULL","x,y"}"#)
    }
}
