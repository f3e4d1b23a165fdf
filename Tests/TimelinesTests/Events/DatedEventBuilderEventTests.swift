import ActorRecognition
import Foundation
import HindiTemporal
import XCTest
@testable import Timelines

/// What happened at each dated entry: trigger, CAMEO root, realis and roles go with the entry,
/// offsets into the article text, and entries recorded before events were read still read.
final class DatedEventBuilderEventTests: XCTestCase {
    private static let builder: DatedEventBuilder = {
        let gazetteer = try! Gazetteer.bundled()
        return DatedEventBuilder(recognizer: ActorRecognizer(gazetteer: gazetteer), gazetteerRevision: gazetteer.revision)
    }()

    func testEachEntrySaysWhatHappenedWhetherItHappenedAndWhoDidIt() throws {
        let article = TimelineFixtures.article("e1", published: "2025-07-13", text: """
            सर्गेई लावरोव ने शनिवार को किम जोंग उन से मुलाकात की। किम जोंग उन अगले सप्ताह मास्को का दौरा करेंगे।
            """)
        let entries = Self.builder.events(for: article, revision: 1)
        XCTAssertEqual(entries.map(\.expression.text), ["शनिवार", "अगले सप्ताह"])
        let met = try XCTUnwrap(entries.first?.event)
        let trigger = try XCTUnwrap(met.trigger)
        XCTAssertEqual(trigger.text, "मुलाकात")
        let scalars = Array(article.text.unicodeScalars)
        XCTAssertEqual(String(String.UnicodeScalarView(scalars[trigger.start..<trigger.end])), "मुलाकात",
                       "trigger offsets point into the article text")
        XCTAssertEqual(met.cameo, "04")
        XCTAssertEqual(met.quad, 1)
        XCTAssertEqual(met.realis, "actual")
        XCTAssertEqual(entries[0].actors.map(\.key), ["sergey-lavrov", "kim-jong-un"])
        XCTAssertEqual(entries[0].actors.map(\.role), ["source", "target"])
        XCTAssertEqual(entries[0].actors.map(\.roleMarker), ["ने", "से"])

        let visit = try XCTUnwrap(entries.last?.event)
        XCTAssertEqual(visit.trigger?.text, "दौरा")
        XCTAssertEqual(visit.realis, "planned")
        XCTAssertEqual(visit.realisCues, ["करेंगे"])
        XCTAssertEqual(entries[1].actors.map(\.role), ["source"])
    }

    func testAnEventDatedAfterPublicationIsPlannedUnlessTheVerbSaysOtherwise() {
        let article = TimelineFixtures.article("e2", published: "2025-07-13", text: """
            सर्गेई लावरोव 20 जुलाई को किम जोंग उन से मुलाकात में हैं। किम जोंग उन की 21 जुलाई की यात्रा रद्द कर दी गई है।
            """)
        let entries = Self.builder.events(for: article, revision: 1)
        XCTAssertEqual(entries.map { $0.event?.realis }, ["planned", "negated"])
        XCTAssertEqual(entries.first?.event?.realisCues, ["date after publication"])
    }

    func testTheVersionNamesTheEventReader() {
        XCTAssertTrue(DatedEventBuilder.version.hasSuffix(" events/1.0"), DatedEventBuilder.version)
    }

    func testAnEntryRecordedBeforeEventsWereReadHasNone() throws {
        let article = TimelineFixtures.article("e3", published: "2025-07-13", text: "सर्गेई लावरोव ने शनिवार को बयान दिया।")
        var extracted = Self.builder.extract(article, revision: 1)
        XCTAssertNotNil(extracted.entries.first?.event)
        extracted.entries[0].event = nil
        for index in extracted.entries[0].actors.indices {
            extracted.entries[0].actors[index].role = nil
            extracted.entries[0].actors[index].roleMarker = nil
        }
        let old = ArticleExtractedWriter.json(extracted)
        XCTAssertFalse(old.contains("realis"))
        XCTAssertFalse(old.contains("\"role"))
        XCTAssertEqual(try JSONDecoder().decode(ArticleExtracted.self, from: Data(old.utf8)), extracted)
        XCTAssertEqual(try ArticleExtractedReader.read(old), extracted)
    }
}
