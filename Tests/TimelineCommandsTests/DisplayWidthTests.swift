import XCTest
@testable import TimelineCommands

final class DisplayWidthTests: XCTestCase {
    func testDevanagariMarksThatDoNotSpaceTakeNoColumn() {
        XCTAssertEqual(DisplayWidth.of("abc"), 3)
        XCTAssertEqual(DisplayWidth.of("प्रधानमंत्री"), 9)
        XCTAssertEqual(DisplayWidth.of("किम"), 3)
        XCTAssertEqual(DisplayWidth.of("ज़"), DisplayWidth.of("ज़"), "nukta, composed or not, takes no extra column")
        XCTAssertEqual(DisplayWidth.of("a\u{200D}b"), 2)
        XCTAssertEqual(DisplayWidth.of("中"), 2)
    }

    func testTruncateKeepsGraphemesWhole() {
        let cut = DisplayWidth.truncate("प्रधानमंत्री मोदी", to: 6)
        XCTAssertTrue(cut.hasSuffix("…"))
        XCTAssertLessThanOrEqual(DisplayWidth.of(cut), 6)
        XCTAssertTrue("प्रधानमंत्री मोदी".hasPrefix(String(cut.dropLast())))
    }

    func testTableColumnsLineUpWithMixedScripts() {
        var table = TextTable(headers: ["नाम", "x"])
        table.append(["प्रधानमंत्री", "1"])
        table.append(["Kim", "2"])
        let lines = table.render().split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 4)
        // The second column starts at the same terminal column on every line.
        let starts = [lines[0], lines[2], lines[3]].map { line -> Int in
            let prefix = line.dropLast(1)
            return DisplayWidth.of(String(prefix))
        }
        XCTAssertEqual(Set(starts).count, 1, "\(lines)")
    }
}
