import XCTest
final class TimelineCommandsTestsPlaceholder: XCTestCase { func testNothingYet() {} }
