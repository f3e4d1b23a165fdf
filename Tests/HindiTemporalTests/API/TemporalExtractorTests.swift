import XCTest
import HindiTemporal

final class TemporalExtractorTests: XCTestCase {
    func testOffsetsPointIntoTheInputAsGiven() {
        let texts = [
            "रो\u{091C}\u{093C}ाना सुबह 10 बजे बैठक होती है।",
            "\u{FEFF}सोम\u{200D}वार को\u{00A0}12\u{00A0}जुलाई\u{00A0}2025 तक",
            "😀 कल।आज।परसों",
            "इस    सप्ताह    के    अंत    में",
            "मेला १२-१४ मई के बीच लगेगा।",
        ]
        for t in texts {
            let found = TemporalExtractor().extract(from: t, published: DCT.sunday)
            XCTAssertFalse(found.isEmpty, t)
            assertConsistent(found, in: t)
        }
    }

    func testDecomposedNuktaMatchesLikeComposed() {
        assertFinds("रोज\u{093C}ाना", [["रोज\u{093C}ाना", "P1D"]])
        assertFinds("रोज़ाना", [["रोज़ाना", "P1D"]])
    }

    func testSqueezedTextWithoutSpacesAroundDanda() {
        assertFinds("बैठक कल हुई।आज फैसला होगा।", [["कल", "2025-07-12"], ["आज", "2025-07-13"]])
    }

    func testPostpositionsStayOutsideTheExtent() {
        assertFinds("पिछले साल के आंकड़े", [["पिछले साल", "2024"]])
        assertFinds("2024 से लागू", [["2024", "2024"]])
        assertFinds("लगभग ढाई महीने तक", [["ढाई महीने", "P2.5M"]])
    }

    func testSentenceIndexAndInterval() throws {
        let found = TemporalExtractor().extract(from: "पहला वाक्य। जून में बारिश हुई थी।", published: DCT.sunday)
        let e = try XCTUnwrap(found.first)
        XCTAssertEqual(e.sentenceIndex, 1)
        XCTAssertEqual(e.interval?.first.iso, "2025-06-01")
        XCTAssertEqual(e.interval?.last.iso, "2025-06-30")
        XCTAssertEqual(e.type, .date)
        XCTAssertEqual(e.granularity, .month)
    }

    func testDurationsAndSetsHaveNoInterval() {
        let found = TemporalExtractor().extract(from: "तीन दिन तक हर साल", published: DCT.sunday)
        XCTAssertEqual(found.map(\.type), [.duration, .set])
        XCTAssertTrue(found.allSatisfy { $0.interval == nil })
    }

    func testMachineTranslatedRepetitionDoesNotInventDates() {
        assertFinds("नेता नेता ने ने बयान बयान दिया दिया और और सभा सभा की की", [])
        assertFinds("शनिवार शनिवार को कहा", [["शनिवार", "2025-07-12"], ["शनिवार", "2025-07-12"]])
    }

    func testLongTextsGiveTheSameResultsAcrossChunks() {
        let sentence = "शनिवार को 12 जुलाई 2025 की बैठक हुई।\n"
        let one = TemporalExtractor().extract(from: sentence, published: DCT.sunday)
        XCTAssertEqual(one.count, 2)
        let repeats = 12_000
        let text = String(repeating: sentence, count: repeats)
        let found = TemporalExtractor().extract(from: text, published: DCT.sunday)
        XCTAssertEqual(found.count, 2 * repeats)
        let length = sentence.unicodeScalars.count
        for (k, e) in found.enumerated() where k % 997 == 0 || k >= found.count - 2 {
            let base = one[k % 2]
            XCTAssertEqual(e.value, base.value)
            XCTAssertEqual(e.scalarRange, (base.scalarRange.lowerBound + (k / 2) * length)..<(base.scalarRange.upperBound + (k / 2) * length))
            XCTAssertEqual(e.sentenceIndex, k / 2)
            XCTAssertEqual(e.text, base.text)
        }
    }

    func testVersionIsSet() {
        XCTAssertTrue(TemporalExtractor.version.hasPrefix("hindi-temporal/"))
    }
}
