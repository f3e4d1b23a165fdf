import XCTest
final class TimelinesTestsPlaceholder: XCTestCase { func testNothingYet() {} }
