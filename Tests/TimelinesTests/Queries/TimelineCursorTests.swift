import Timelines
import XCTest

/// The opaque cursor of timeline pages reads back what it was made from, and nothing else.
final class TimelineCursorTests: XCTestCase {
    func testATokenReadsBackAndForgeriesAreRefused() {
        let cursor = TimelineCursor(firstDay: 20_281, lastDay: 20_311, entryID: "k3v0q8x2mw", newestFirst: true)
        XCTAssertEqual(TimelineCursor(token: cursor.token), cursor)
        XCTAssertTrue(cursor.token.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }, "safe in a URL: \(cursor.token)")
        for bad in ["", "abc", "dDE6bzoxOjI6", String(repeating: "A", count: 300), "t1:o:1:2:x", "%%%"] {
            XCTAssertNil(TimelineCursor(token: bad), bad)
        }
    }
}
