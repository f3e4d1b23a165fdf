import XCTest
final class EventStoreTestsPlaceholder: XCTestCase { func testNothingYet() {} }
