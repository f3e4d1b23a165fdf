import XCTest
final class PostgresTestsPlaceholder: XCTestCase { func testNothingYet() {} }
