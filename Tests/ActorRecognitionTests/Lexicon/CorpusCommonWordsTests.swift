@testable import ActorRecognition
import Foundation
import XCTest

/// The corpus's common words: the shipped list loads, and the list is what the corpus says.
final class CorpusCommonWordsTests: XCTestCase {
    func testTheShippedListLoadsAndHoldsFunctionWordsButNoNames() {
        XCTAssertGreaterThan(CorpusCommonWords.count, 1000)
        XCTAssertTrue(CorpusCommonWords.contains(NameKey("अनुसार")))
        XCTAssertFalse(CorpusCommonWords.contains(NameKey("कमलापुरम")))
    }

    func testDerivedWordsAreFrequentAndNeverInsideAName() throws {
        let lines = """
        मूल\tO
        बैंक\tO
        रमेश\tB-NEP
        यादव\tI-NEP

        मूल\tO
        रमेश\tO

        मूल\tO
        रमेश\tO
        बैंक\tO

        """
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("common-\(UUID().uuidString).txt")
        try lines.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let corpus = try TaggedCorpus(contentsOf: file)
        XCTAssertEqual(CorpusCommonWords.derive(from: corpus, minimumCount: 2), ["बैंक", "मूल"],
                       "रमेश is frequent but once inside a name")
        XCTAssertEqual(CorpusCommonWords.derive(from: corpus, minimumCount: 3), ["मूल"])
    }
}
