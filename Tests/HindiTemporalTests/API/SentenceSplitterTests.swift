import XCTest
import HindiTemporal

final class SentenceSplitterTests: XCTestCase {
    private func split(_ text: String) -> [String] {
        SentenceSplitter.sentences(in: text).map { String(text[$0]) }
    }

    func testSplitsAtDandaQuestionAndNewline() {
        XCTAssertEqual(split("आज बारिश हुई। कल धूप रहेगी? हाँ\nनई पंक्ति"),
                       ["आज बारिश हुई।", "कल धूप रहेगी?", "हाँ", "नई पंक्ति"])
    }

    func testSplitsAtFullStopButNotInNumbersOrShortAbbreviations() {
        XCTAssertEqual(split("तापमान 31.6 डिग्री रहा. डॉ. शर्मा ने बताया."),
                       ["तापमान 31.6 डिग्री रहा.", "डॉ. शर्मा ने बताया."])
    }

    func testShortVerbsEndSentencesButInitialsDoNot() {
        XCTAssertEqual(split("बैठक आज है. के. पी. शर्मा ने बताया."), ["बैठक आज है.", "के. पी. शर्मा ने बताया."])
    }

    func testPipeStandsInForDanda() {
        XCTAssertEqual(split("बैठक हुई| फैसला होगा|"), ["बैठक हुई|", "फैसला होगा|"])
    }

    func testEmptyTextHasNoSentences() {
        XCTAssertEqual(SentenceSplitter.sentences(in: "").count, 0)
        XCTAssertEqual(SentenceSplitter.sentences(in: "   \n ").count, 0)
    }
}
