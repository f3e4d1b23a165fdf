import XCTest
@testable import Timelines

final class PostgresArrayLiteralTests: XCTestCase {
    func testQuotesAndEscapes() {
        XCTAssertEqual(PostgresArrayLiteral.text([]), "{}")
        XCTAssertEqual(PostgresArrayLiteral.text(["रूस", "a\"b", "c\\d", "NULL", "x,y"]),
                       #"{"रूस","a\"b","c\\d","NULL","x,y"}"#)
    }
}
