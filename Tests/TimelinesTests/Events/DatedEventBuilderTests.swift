import ActorRecognition
import Foundation
import HindiTemporal
import XCTest
@testable import Timelines

/// Sentences in, dated events out — no database.
final class DatedEventBuilderTests: XCTestCase {
    private static let builder: DatedEventBuilder = {
        let gazetteer = try! Gazetteer.bundled()
        return DatedEventBuilder(recognizer: ActorRecognizer(gazetteer: gazetteer), gazetteerRevision: gazetteer.revision)
    }()

    func testOneEventPerResolvedDateWithTheActorsOfItsSentence() {
        let article = TimelineFixtures.article("b1", published: "2025-07-13", text: """
            सर्गेई लावरोव ने शनिवार को किम जोंग उन से मुलाकात की। बैठक के बाद जून में हुए समझौते पर बात हुई।
            """)
        let events = Self.builder.events(for: article, revision: 1)
        XCTAssertEqual(events.count, 1, "the June sentence names no actor")
        let event = events[0]
        XCTAssertEqual(event.expression.text, "शनिवार")
        XCTAssertEqual(event.expression.value, "2025-07-12")
        XCTAssertEqual(event.expression.type, "DATE")
        XCTAssertEqual(event.expression.granularity, "day")
        XCTAssertEqual(event.interval, DayInterval(first: CalendarDay(iso: "2025-07-12")!, last: CalendarDay(iso: "2025-07-12")!))
        XCTAssertEqual(event.actors.map(\.key), ["sergey-lavrov", "kim-jong-un"])
        XCTAssertEqual(event.sentenceIndex, 0)
        XCTAssertTrue(event.sentence.hasPrefix("सर्गेई लावरोव ने शनिवार को"))
        let scalars = Array(article.text.unicodeScalars)
        XCTAssertEqual(String(String.UnicodeScalarView(scalars[event.expression.start..<event.expression.end])), "शनिवार",
                       "expression offsets point into the article text")
    }

    func testDurationsSetsAndVagueReferencesMakeNoEntry() {
        let article = TimelineFixtures.article("b2", published: "2025-07-13", text: """
            नरेंद्र मोदी तीन दिन की यात्रा पर हैं। नरेंद्र मोदी हर साल यहां आते हैं। नरेंद्र मोदी अभी दिल्ली में हैं।
            """)
        let result = Self.builder.extract(article, revision: 1)
        XCTAssertEqual(result.entries, [])
        XCTAssertEqual(result.expressions, 3)
        XCTAssertEqual(result.unresolved.map(\.value), ["PRESENT_REF"])
    }

    func testCitiesAreNotActorsAndFeedTagsOnlyCountWhereTheTextNamesThem() {
        var article = TimelineFixtures.article("b3", published: "2025-07-13", text: """
            बीजिंग में शनिवार को बैठक हुई। सर्गेई लावरोव ने रविवार को कहा कि बातचीत अच्छी रही।
            """)
        article.tags = ["किम जोंग उन"]
        let events = Self.builder.events(for: article, revision: 1)
        XCTAssertEqual(events.map(\.expression.value), ["2025-07-13"], "the Saturday sentence names only a city")
        XCTAssertEqual(events.first?.actors.map(\.key), ["sergey-lavrov"], "a tag is not a mention in a sentence")
    }

    func testTheCitiesOfTheSentenceAreItsPlacesNotItsActors() {
        let article = TimelineFixtures.article("b6", published: "2025-07-13", text: """
            सर्गेई लावरोव ने शनिवार को प्योंगयांग और मुंबई में कहा कि बंबई से संबंध अच्छे हैं। रविवार को मुंबई में भारी बारिश हुई।
            """)
        let events = Self.builder.events(for: article, revision: 1)
        XCTAssertEqual(events.map(\.expression.value), ["2025-07-12"], "a date and a city without an actor make no entry")
        let event = try? XCTUnwrap(events.first)
        XCTAssertEqual(event?.actors.map(\.key), ["sergey-lavrov"])
        XCTAssertEqual(event?.places, [
            DatedEntry.PlaceRef(key: "pyongyang", name: "प्योंगयांग", surface: "प्योंगयांग"),
            DatedEntry.PlaceRef(key: "mumbai", name: "मुंबई", surface: "मुंबई"),
        ], "each place once, in text order, under its gazetteer id")
    }

    func testAPlaceOutsideTheGazetteerIsKeyedByItsNormalizedName() {
        let mention = PlaceMention(actorID: nil, name: "रामपुर", surface: "रामपुर", scalarRange: 0..<6,
                                   range: "रामपुर".startIndex..<"रामपुर".endIndex, evidence: .rolePattern(role: "शहर"))
        XCTAssertEqual(PlaceReference.make(from: mention),
                       DatedEntry.PlaceRef(key: "place:" + NameNormalizer.normalize("रामपुर"), name: "रामपुर", surface: "रामपुर"))
    }

    func testAnEntryRecordedBeforePlacesWereKeptHasNone() throws {
        let article = TimelineFixtures.article("b7", published: "2025-07-13", text: "सर्गेई लावरोव ने शनिवार को प्योंगयांग में बयान दिया।")
        var extracted = Self.builder.extract(article, revision: 1)
        XCTAssertEqual(extracted.entries.first?.places.map(\.key), ["pyongyang"])
        extracted.entries[0].places = []
        let written = ArticleExtractedWriter.json(extracted)
        let old = written.replacingOccurrences(of: #""places":[],"#, with: "")
        XCTAssertNotEqual(old, written)
        XCTAssertFalse(old.contains("places"))
        XCTAssertEqual(try JSONDecoder().decode(ArticleExtracted.self, from: Data(old.utf8)), extracted)
        XCTAssertEqual(try ArticleExtractedReader.read(old), extracted)
        XCTAssertEqual(try ArticleExtractedReader.read(old).entries.first?.places, [])
    }

    func testRepeatedLatinNameIsAProvisionalActorWithLatinEvidence() {
        let article = TimelineFixtures.article("b5", published: "2025-07-13", text: """
            Lena Fischer ने शनिवार को बर्लिन में भाषण दिया। Lena Fischer ने रविवार को कहा कि बातचीत अच्छी रही।
            """)
        let events = Self.builder.events(for: article, revision: 1)
        XCTAssertEqual(events.map(\.expression.value), ["2025-07-12", "2025-07-13"])
        for event in events {
            XCTAssertEqual(event.actors.map(\.key), ["provisional:lena fischer"])
            XCTAssertEqual(event.actors.map(\.evidence), ["latin:Lena Fischer"])
            XCTAssertEqual(event.actors.map(\.provisional), [true])
            XCTAssertEqual(event.actors.map(\.kind), ["person"])
        }
    }

    func testEntryIDsAreStableForTheSameContentAndChangeWithIt() {
        let article = TimelineFixtures.article("b4", published: "2025-07-13", text: "सर्गेई लावरोव ने शनिवार को बयान दिया।")
        let first = Self.builder.events(for: article, revision: 1).map(\.entryID)
        XCTAssertEqual(first, Self.builder.events(for: article, revision: 1).map(\.entryID))
        var changed = article
        changed.text = "सर्गेई लावरोव ने शुक्रवार को बयान दिया।"
        XCTAssertNotEqual(first, Self.builder.events(for: changed, revision: 2).map(\.entryID))
    }
}
