import XCTest
final class HindiTemporalTestsPlaceholder: XCTestCase { func testNothingYet() {} }
