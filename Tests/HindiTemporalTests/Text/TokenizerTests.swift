import XCTest
@testable import HindiTemporal

final class TokenizerTests: XCTestCase {
    private func tokens(_ text: String) -> [Token] { Tokenizer.tokenize(text, lexicon: Lexicon.shared) }

    func testNuktaComposedAndDecomposedFoldTogether() {
        let composed = tokens("ज़रूरी फ़रवरी")
        let decomposed = tokens("ज\u{093C}रूरी फ\u{093C}रवरी")
        XCTAssertEqual(composed.map(\.key), decomposed.map(\.key))
        XCTAssertEqual(decomposed.map(\.end), [6, 13])
    }

    func testChandrabinduFoldsToAnusvara() {
        XCTAssertEqual(tokens("पाँच").map(\.key), tokens("पांच").map(\.key))
    }

    func testZeroWidthJoinersStayInsideWords() {
        let t = tokens("सोम\u{200D}वार को")
        XCTAssertEqual(t.count, 2)
        XCTAssertEqual(t[0].key, tokens("सोमवार")[0].key)
        XCTAssertEqual(t[0].end, 7)
    }

    func testDigitsAndGrouping() {
        let t = tokens("१२३ 6,50,000 3,415 12.5")
        XCTAssertEqual(t.map(\.number).prefix(3), [123, 650_000, 3415])
        XCTAssertEqual(t[3].number, 12)
        XCTAssertTrue(t[4].isPunct(0x2E))
    }

    func testSpacesAndNBSP() {
        let t = tokens("12\u{00A0}जुलाई  2025")
        XCTAssertEqual(t.count, 3)
        XCTAssertTrue(t[1].spaceBefore)
        XCTAssertEqual(t[2].start, 10)
    }

    func testSentenceNumbers() {
        let t = tokens("एक। दो? तीन\n\nचार")
        XCTAssertEqual(t.filter { $0.kind == .word }.map(\.sentence), [0, 1, 2, 3])
    }

    func testFutureShapes() {
        let future = tokens("होगा होगी होंगे करेगा जाएगी जाएंगे रहेंगे पाएंगे लूंगा").map(\.futureForm)
        XCTAssertEqual(future, Array(repeating: true, count: 9))
        let notFuture = tokens("आगे लगा रोगी योगी सगे मांगा गंगा योगा").map(\.futureForm)
        XCTAssertEqual(notFuture, Array(repeating: false, count: 8))
    }

    func testPluralShapes() {
        let t = tokens("लोगों गाड़ियां यहां में")
        XCTAssertEqual(t.map { $0.shape.contains(.plural) }, [true, true, false, false])
    }

    func testObliqueAndImperativeShapes() {
        let t = tokens("होने करें में सोएं")
        XCTAssertTrue(t[0].shape.contains(.oblique))
        XCTAssertTrue(t[1].shape.contains(.imperative))
        XCTAssertFalse(t[2].shape.contains(.imperative))
        XCTAssertTrue(t[3].shape.contains(.imperative))
    }
}
