import ActorRecognition
import Foundation
import HindiTemporal
import PostgresTestSupport
@testable import Timelines

/// `ArticleExtracted` values for the tests of its JSON reader and writer: what extraction makes
/// of the fixture articles, one without entries, and one whose strings hold everything JSON
/// escapes or that needs care (quotes, backslashes, control characters, slashes, characters
/// outside the Basic Multilingual Plane, Devanagari).
enum ExtractedPayloads {
    /// `JSONEncoder` as the ingest used it for these payloads.
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    static func all() throws -> [ArticleExtracted] {
        let (gazetteer, revision) = try TestDatabase.withFresh { conn, _ in
            try TimelineFixtures.migrate(conn)
            return try GazetteerStore(connection: conn).prepared()
        }
        let builder = DatedEventBuilder(recognizer: ActorRecognizer(gazetteer: gazetteer), gazetteerRevision: revision)
        let extracted = [TimelineFixtures.pyongyang, TimelineFixtures.beijing].map { builder.extract($0, revision: 1) }
        let empty = ArticleExtracted(streamID: "article-empty", articleRevision: 1, entries: [], expressions: 0,
                                     unresolved: [], extractorVersion: "v", gazetteerRevision: "r")
        return [try awkward(), empty] + extracted
    }

    static func awkward() throws -> ArticleExtracted {
        func day(_ iso: String) throws -> CalendarDay {
            guard let day = CalendarDay(iso: iso) else { throw CocoaError(.formatting) }
            return day
        }
        let actor = DatedEntry.ActorRef(key: "provisional:अनाम \"उर्फ़\" नेता", name: "अनाम \"उर्फ़\" नेता", kind: "person",
                                        provisional: true, surface: "नेता\\जी", evidence: "role:नेता/प्रवक्ता",
                                        role: "source", roleMarker: "की \"ओर\" से")
        let other = DatedEntry.ActorRef(key: "russia", name: "रूस", kind: "country", provisional: false, surface: "रूस",
                                        evidence: "alias:रूस")
        let entry = DatedEntry(
            entryID: "0a1b2c3d4e", sentenceIndex: 12,
            sentence: "पहली पंक्ति\nदूसरी\tपंक्ति \u{1}\u{8}\u{C}\r\u{1F} घंटी \u{7F} \u{2028} 😀 \"उद्धरण\" \\ और / https://example.test/a?b=c",
            expression: .init(text: "शनिवार", start: 0, end: 6, type: "DATE", value: "2025-07-12", granularity: "day",
                              tense: "past", rule: "weekday", anchor: "expr:2"),
            interval: DayInterval(first: try day("2025-07-12"), last: try day("2025-07-12")), actors: [actor, other],
            places: [.init(key: "place:\"नया\" नगर/2", name: "\"नया\" नगर/2", surface: "नगर\\पुर \u{1} 😀"),
                     .init(key: "pyongyang", name: "प्योंगयांग", surface: "प्योंगयोंग")],
            event: .init(trigger: .init(text: "मुला\"का\\त/😀", start: 10, end: 17, lemma: "मुलाकात", line: 4), cameo: "02",
                         cameoRule: "asked \"to\" act",
                         realis: "planned", realisCues: ["होगी", "date \"after\" publication"]))
        let month = DatedEntry(
            entryID: "zz99yy88xx", sentenceIndex: 0, sentence: "", expression: .init(
                text: "जून", start: 1_000_000, end: 1_000_003, type: "DATE", value: "2024-06", granularity: "month",
                tense: "", rule: "month"),
            interval: DayInterval(first: try day("2024-06-01"), last: try day("2024-06-30")), actors: [other],
            event: .init(trigger: nil, cameo: nil, realis: "actual", realisCues: []))
        return ArticleExtracted(
            streamID: "article-ab12", articleRevision: 3, entries: [entry, month], expressions: 7,
            unresolved: [.init(text: "अभी", start: 40, end: 43, type: "DATE", value: "PRESENT_REF", reason: "vague")],
            extractorVersion: "hindi-temporal/1", gazetteerRevision: "g\"1\"")
    }
}
