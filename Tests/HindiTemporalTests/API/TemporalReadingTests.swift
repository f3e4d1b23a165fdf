import HindiTemporal
import XCTest

/// One reading gives the extractor's expressions and the splitter's sentences, with scalar ranges.
final class TemporalReadingTests: XCTestCase {
    private let dct = CalendarDay(iso: "2025-07-13")!

    func testReadingGivesTheExpressionsAndTheSplittersSentences() {
        let text = "आज बारिश हुई। कल धूप रहेगी?\nमंत्री ने शनिवार को कहा कि बैठक अक्टूबर में होगी।"
        let reading = TemporalExtractor().read(text, published: dct)
        XCTAssertEqual(reading.expressions.map(\.value), TemporalExtractor().extract(from: text, published: dct).map(\.value))
        XCTAssertEqual(reading.sentences.map(\.range), SentenceSplitter.sentences(in: text))
        XCTAssertEqual(reading.sentences.map(\.scalarRange), [0..<13, 14..<27, 28..<77])
        XCTAssertEqual(SentenceSplitter.scalarSentences(in: text).map(\.scalarRange), reading.sentences.map(\.scalarRange))
    }

    func testSentencesOfALongTextReadInChunksAreTheSplitters() {
        let text = String(repeating: "सोमवार को बैठक हुई और अगले महीने फिर होगी। ", count: 3_000)
        let reading = TemporalExtractor().read(text, published: dct)
        XCTAssertEqual(reading.sentences.count, 3_000)
        XCTAssertEqual(reading.sentences.map(\.range), SentenceSplitter.sentences(in: text))
    }
}
