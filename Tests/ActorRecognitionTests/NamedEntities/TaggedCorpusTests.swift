import Foundation
import XCTest
@testable import ActorRecognition

final class TaggedCorpusTests: XCTestCase {
    private func corpus(_ text: String) throws -> TaggedCorpus {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("corpus-\(UUID().uuidString).txt")
        try Data(text.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        return try TaggedCorpus(contentsOf: url)
    }

    func testSentencesAreRetokenizedWithTheirTags() throws {
        let read = try corpus("मीना\tB-NEP\nकुमारी\tI-NEP\n,\tO\nजयपुर\tB-NEL\nगईं\tO\n\nबैंक\tB-NEO\n")
        XCTAssertEqual(read.sentenceCount, 2)
        XCTAssertEqual(read.sentences[0].tags, [.beginPerson, .insidePerson, .beginLocation, .outside])
        XCTAssertTrue(read.sentences[0].tokens[2].hardBreakBefore, "the comma is a break before जयपुर")
        XCTAssertEqual(read.sentences[1].tags, [.beginOrganization])
    }

    func testMalformedLinesAreReportedWithTheirLineAndSkipped() throws {
        let read = try corpus("राम\tB-NEP\nO\nगया\tO\n")
        XCTAssertEqual(read.sentenceCount, 1)
        XCTAssertEqual(read.problems.map(\.line), [2])
        XCTAssertTrue(read.problems[0].description.contains(":2: expected 'word<TAB>label'"), read.problems[0].description)
    }

    func testOtherTypesAndMalformedLabels() {
        XCTAssertEqual(EntityTag(corpusLabel: "B-NETI"), .outside)
        XCTAssertEqual(EntityTag(corpusLabel: "-NEL"), .beginLocation)
        XCTAssertEqual(EntityTag(corpusLabel: "I-NEO"), .insideOrganization)
        XCTAssertEqual(EntityTag(corpusLabel: "-"), .outside)
    }

    func testTrainingLearnsATinyCorpusAndScoresIt() throws {
        var lines = ""
        for (first, last, city) in [("मीना", "कुमारी", "जयपुर"), ("रीता", "देवी", "पटना"), ("सीमा", "रानी", "भोपाल")] {
            lines += "\(first)\tB-NEP\n\(last)\tI-NEP\nने\tO\n\(city)\tB-NEL\nमें\tO\nकहा\tO\n\n"
        }
        let read = try corpus(lines)
        let model = EntityTrainer(bucketBits: 14).train(on: read, epochs: 5)
        let scores = EntityScores(model: model, corpus: read)
        XCTAssertEqual(scores.all.gold, 6)
        XCTAssertEqual(scores.all.f1, 1, accuracy: 0.001, "a perceptron fits three sentences")
    }

    func testNameReplacementAddsCopiesWithOtherNamesTaggedTheSameWay() throws {
        let read = try corpus("मीना\tB-NEP\nकुमारी\tI-NEP\nने\tO\nजयपुर\tB-NEL\nमें\tO\nकहा\tO\n\nबैंक\tB-NEO\nखुला\tO\n")
        let more = NameReplacement().augmented(read, copies: 2, seed: 7)
        XCTAssertEqual(more.sentenceCount, 4, "two copies of the one sentence with a person and a place")
        for copy in more.sentences[2...] {
            XCTAssertEqual(copy.tags.first, .beginPerson)
            XCTAssertEqual(copy.words.filter { $0.tag == .outside }.map(\.word), ["ने", "में", "कहा"])
            XCTAssertTrue(copy.tags.contains(.beginLocation))
        }
        let again = NameReplacement().augmented(read, copies: 2, seed: 7)
        XCTAssertEqual(again.sentences.map(\.text), more.sentences.map(\.text), "the same seed gives the same copies")
    }
}
