import XCTest
@testable import HindiTemporal

final class LexiconTests: XCTestCase {
    private func entry(_ word: String) -> LexEntry? {
        let i = Lexicon.shared.index(of: Lexicon.key(word))
        return i < 0 ? nil : Lexicon.shared.entries[Int(i)]
    }

    func testSpellingVariantsShareAnEntry() {
        XCTAssertEqual(entry("फ़रवरी")?.month, 2)
        XCTAssertEqual(entry("फरवरी")?.month, 2)
        XCTAssertEqual(entry("सितम्बर")?.month, 9)
        XCTAssertEqual(entry("अक्तूबर")?.month, 10)
        XCTAssertEqual(entry("पाँच")?.cardinal, 5)
    }

    func testNumberWordsAndOrdinals() {
        XCTAssertEqual(entry("निन्यानवे")?.cardinal, 99)
        XCTAssertEqual(entry("हज़ार")?.cardinal, 1000)
        XCTAssertEqual(entry("इक्कीसवीं")?.ordinal, 21)
        XCTAssertEqual(entry("चौथे")?.ordinal, 4)
        XCTAssertEqual(entry("ढाई")?.fraction, .dhai)
    }

    func testUnknownWordsAreAbsent() {
        XCTAssertNil(entry("हिमालय"))
        XCTAssertEqual(Lexicon.shared.index(of: 12345), -1)
    }

    func testStartersAreMarked() {
        XCTAssertEqual(entry("सोमवार")?.canStart, true)
        XCTAssertEqual(entry("को")?.canStart, false)
    }
}
