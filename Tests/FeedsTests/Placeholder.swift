import XCTest
final class FeedsPlaceholder: XCTestCase { func testNothingYet() {} }
