import XCTest
@testable import ActorRecognition

/// The tagger's names looked up by word position.
final class SpansByWordTests: XCTestCase {
    func testANameIsFoundWhereItStartsAndCoversItsWords() {
        // `आरोपी रमेश यादव को कानपुर से`: a person over words 1–2, a place at word 4.
        let person = EntitySpan(type: .person, tokens: 1..<3, score: 0.9)
        let place = EntitySpan(type: .location, tokens: 4..<5, score: 0.8)
        let spans = SpansByWord([person, place], wordCount: 6)
        XCTAssertEqual(spans[1]?.type, .person)
        XCTAssertNil(spans[2])
        XCTAssertEqual(spans[4]?.tokens, 4..<5)
        XCTAssertEqual((0..<6).filter { spans.covers($0) }, [1, 2, 4])
    }

    func testPositionsOutsideTheTextHaveNoName() {
        let spans = SpansByWord([EntitySpan(type: .organization, tokens: 0..<2, score: 1)], wordCount: 2)
        XCTAssertNil(spans[2])
        XCTAssertNil(spans[-1])
        XCTAssertFalse(spans.covers(2))
        // A span reaching past the words it was given is left out rather than trusted.
        XCTAssertNil(SpansByWord([EntitySpan(type: .person, tokens: 1..<4, score: 1)], wordCount: 3)[1])
    }
}
