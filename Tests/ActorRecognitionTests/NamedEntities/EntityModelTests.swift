import Foundation
import XCTest
@testable import ActorRecognition

final class EntityModelTests: XCTestCase {
    func testShippedModelLoadsWithItsAttribution() throws {
        let model = try XCTUnwrap(EntityModel.shipped, "Resources/ner-hindi.model must load")
        XCTAssertTrue(model.header.contains { $0.contains("IL-NER") }, "the corpus is named")
        XCTAssertTrue(model.header.contains { $0.contains("CC BY 4.0") }, "the licence is named")
        XCTAssertFalse(model.weights.allSatisfy { $0 == 0 }, "the weights are trained")
    }

    func testShippedModelTagsPeopleAndPlacesInASentence() throws {
        let tagger = EntityTagger(model: try XCTUnwrap(EntityModel.shipped))
        let text = "पुलिस ने बताया कि सुरेश चौहान और दिनेश पाल को गोरखपुर से गिरफ्तार किया गया।"
        let tokens = Tokenizer.tokens(in: text)
        let spans = tagger.spans(tokens, in: text)
        let named = spans.map { span in
            (span.type, tokens[span.tokens].map(\.key.string).joined(separator: " "))
        }
        XCTAssertTrue(named.contains { $0.0 == .person && $0.1.hasPrefix("सुरेश") }, "\(named)")
        XCTAssertTrue(named.contains { $0.0 == .location && $0.1 == "गोरखपुर" }, "\(named)")
        XCTAssertTrue(spans.allSatisfy { (0...1).contains($0.score) })
    }

    func testEncodedModelReadsBackTheSameWeights() throws {
        var model = EntityModel(bucketBits: 12)
        model.weights[7] = 1.5
        model.weights[100] = -0.25
        let data = model.encoded(header: ["a header line"])
        let read = try EntityModel(data: data)
        XCTAssertEqual(read.header, ["# a header line"])
        XCTAssertEqual(read.weights.count, model.weights.count)
        XCTAssertEqual(read.weights[7], 1.5, accuracy: 0.001)
        XCTAssertEqual(read.weights[100], -0.25, accuracy: 0.001)
    }

    func testTruncatedModelIsRefusedWithAReason() throws {
        let data = EntityModel(bucketBits: 12).encoded(header: []).dropLast(10)
        XCTAssertThrowsError(try EntityModel(data: Data(data))) { error in
            XCTAssertTrue("\(error)".contains("bytes of weights"), "\(error)")
        }
        XCTAssertThrowsError(try EntityModel(data: Data("not a model\n".utf8)))
    }
}
