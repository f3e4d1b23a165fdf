import Foundation
import HindiTemporal
import XCTest
@testable import Timelines
import ActorRecognition

/// The words of an explanation that need no database: evidence, anchors, marking.
final class ExplanationWordingTests: XCTestCase {
    func testEveryKindOfEvidenceInWords() {
        XCTAssertEqual(EvidenceText.describe("alias:भाजपा"), "gazetteer alias “भाजपा”")
        XCTAssertEqual(EvidenceText.describe("tag:अनीता सहगल"), "feed tag “अनीता सहगल”")
        XCTAssertEqual(EvidenceText.describe("role:प्रवक्ता"), "role pattern “प्रवक्ता …”")
        XCTAssertEqual(EvidenceText.describe("alias:लावरोव|role:विदेश मंत्री"),
                       "gazetteer alias “लावरोव” (the role “विदेश मंत्री” before it agrees)")
        XCTAssertEqual(EvidenceText.describe("short-form:सुरेश भार्गव"), "short form of “सुरेश भार्गव” named in full in the article")
        XCTAssertEqual(EvidenceText.describe("latin:Suresh Bhargava"), "Latin-script name “Suresh Bhargava” repeated in the article")
        XCTAssertEqual(EvidenceText.describe("acronym:एनटीपीसी"), "acronym “एनटीपीसी” acting in the sentence")
        XCTAssertEqual(EvidenceText.describe("locality:नगर"), "a locality, named with “नगर”")
        XCTAssertEqual(EvidenceText.describe("initials:जी एस"), "a name after the initials “जी एस”")
        XCTAssertEqual(Evidence.initials("जी एस").label, "initials:जी एस")
        XCTAssertEqual(EvidenceText.describe("guess:x"), "recorded as “guess:x”")
        XCTAssertEqual(EvidenceText.describe(""), "not recorded")
    }

    func testAnchorsInWords() throws {
        let text = "12 मार्च 2025 को बैठक हुई। उसी दिन शाम को मंत्री लौटे।"
        let published = try XCTUnwrap(CalendarDay(iso: "2025-03-16"))
        XCTAssertEqual(AnchorText.describe(label: nil, text: text, published: published, extractorVersion: TemporalExtractor.version),
                       .init(label: nil, explanation: "not recorded (the entry was extracted before anchors were kept)",
                             expression: nil))
        XCTAssertEqual(AnchorText.describe(label: "dct", text: text, published: published, extractorVersion: TemporalExtractor.version)
                        .explanation, "the publish date, 2025-03-16 (Sunday)")
        let first = AnchorText.describe(label: "expr:0", text: text, published: published, extractorVersion: "hindi-temporal/0.9")
        XCTAssertEqual(first.expression, .init(index: 0, text: "12 मार्च 2025", value: "2025-03-12", sentenceIndex: 0))
        XCTAssertEqual(first.explanation, "the article's 1st temporal expression, “12 मार्च 2025” (2025-03-12), in sentence 1 "
                       + "(found again with \(DatedEventBuilder.version); the entry was made by hindi-temporal/0.9)")
        let missing = AnchorText.describe(label: "expr:40", text: text, published: published, extractorVersion: TemporalExtractor.version)
        XCTAssertNil(missing.expression)
        XCTAssertTrue(missing.explanation.hasPrefix("the article's 41st temporal expression, which re-extraction with"), missing.explanation)
        XCTAssertEqual(AnchorText.describe(label: "moon", text: text, published: published, extractorVersion: "").explanation,
                       "“moon”, a kind of anchor this version does not know")
        XCTAssertEqual([1, 2, 3, 4, 11, 12, 13, 21, 22, 101].map(AnchorText.ordinal),
                       ["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st"])
    }

    func testBoldMarkingForTerminalsAndAnExpressionNotInItsSentence() {
        let marked = EntryExplanation.MarkedSentence(before: "मंत्री ", expression: "शनिवार", after: " को लौटे।")
        XCTAssertEqual(EntryExplanationText.marked(marked, emphasis: .plain), "मंत्री ⟦शनिवार⟧ को लौटे।")
        XCTAssertEqual(EntryExplanationText.marked(marked, emphasis: .bold), "मंत्री \u{1B}[1m⟦शनिवार⟧\u{1B}[0m को लौटे।")
        let entry = DatedEntry(
            entryID: "k3v0q8x2mw", sentenceIndex: 0, sentence: "मंत्री कल लौटे।",
            expression: .init(text: "शनिवार", start: 7, end: 13, type: "DATE", value: "2025-03-15", granularity: "day",
                              tense: "past", rule: "weekday.tensed", anchor: "dct"),
            interval: DayInterval(first: CalendarDay(iso: "2025-03-15")!, last: CalendarDay(iso: "2025-03-15")!), actors: [])
        XCTAssertEqual(EntryExplainer.marked(entry, in: "मंत्री कल लौटे।"), .init(before: "मंत्री कल लौटे।", expression: "", after: ""))
    }

    func testTimesAreUTCToTheSecond() {
        XCTAssertEqual(EntryExplanationText.time(Date(timeIntervalSince1970: 1_754_807_400.75)), "2025-08-10T06:30:00Z")
    }
}
