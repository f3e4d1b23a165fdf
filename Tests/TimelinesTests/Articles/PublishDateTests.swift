import XCTest
@testable import Timelines

final class PublishDateTests: XCTestCase {
    func testDateAndTimestampsWithZone() {
        XCTAssertEqual(PublishDate.parse("2025-07-13")?.day.iso, "2025-07-13")
        XCTAssertNil(PublishDate.parse("2025-07-13")?.timestamp)
        let ist = PublishDate.parse("2025-07-13T00:30:00+05:30")
        XCTAssertEqual(ist?.day.iso, "2025-07-13", "the day is the one in the zone the timestamp was written in")
        XCTAssertEqual(ist?.timestamp, "2025-07-13T00:30:00+05:30")
        XCTAssertEqual(PublishDate.parse("2025-07-13T18:05:09.123Z")?.day.iso, "2025-07-13")
        XCTAssertEqual(PublishDate.parse(" 2025-07-13 08:00:00-04:00 ")?.day.iso, "2025-07-13")
    }

    func testRefusesWhatIsNotADateOrHasNoZone() {
        XCTAssertNil(PublishDate.parse("13 July 2025"))
        XCTAssertNil(PublishDate.parse("2025-02-30"))
        XCTAssertNil(PublishDate.parse("2025-07-13T08:00:00"), "a timestamp without zone has no known day")
        XCTAssertNil(PublishDate.parse("2025-07-13T25:00:00Z"))
        XCTAssertNil(PublishDate.parse(""))
    }
}
