import Foundation
import Timelines
import XCTest

/// Moments typed by people (`--as-of`, the API's `as_of`), with and without a zone.
final class MomentParserTests: XCTestCase {
    func testMomentsAreReadWithAndWithoutZones() {
        let utc = TimeZone(secondsFromGMT: 0)!
        XCTAssertEqual(MomentParser.parse("2025-07-01T12:00Z")?.timeIntervalSince1970, 1_751_371_200)
        XCTAssertEqual(MomentParser.parse("2025-07-01 12:00", timeZone: utc)?.timeIntervalSince1970, 1_751_371_200)
        XCTAssertEqual(MomentParser.parse("2025-07-01T17:30:00+05:30")?.timeIntervalSince1970, 1_751_371_200)
        XCTAssertEqual(MomentParser.parse("2025-07-01", timeZone: utc)?.timeIntervalSince1970, 1_751_328_000)
        for bad in ["2025-02-30", "2025-07-01T25:00", "2025-7-1", "yesterday", "2025-07-01T12", ""] {
            XCTAssertNil(MomentParser.parse(bad), bad)
        }
    }
}
