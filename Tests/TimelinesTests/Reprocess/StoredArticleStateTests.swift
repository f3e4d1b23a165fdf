import EventStore
import Foundation
import HindiTemporal
import XCTest
@testable import Timelines

/// The fold of an article stream into its current entries, and the comparison with a fresh
/// extraction — no database.
final class StoredArticleStateTests: XCTestCase {
    private static let stream = "article-fold"

    private func entry(_ id: String, value: String = "2025-07-05", start: Int = 10, actors: [String] = ["sergey-lavrov"]) -> DatedEntry {
        let day = CalendarDay(iso: value) ?? CalendarDay(iso: "2025-07-05")!
        return DatedEntry(
            entryID: id, sentenceIndex: 0, sentence: "सर्गेई लावरोव ने 5 जुलाई 2025 को मुलाकात की।",
            expression: .init(text: "5 जुलाई 2025", start: start, end: start + 12, type: "DATE", value: value,
                              granularity: "day", tense: "past", rule: "date", anchor: "explicit"),
            interval: DayInterval(first: day, last: day),
            actors: actors.map { .init(key: $0, name: $0, kind: "person", provisional: false, surface: $0, evidence: "alias:\($0)") })
    }

    private func recorded(_ version: Int64, _ type: String, _ payload: some Encodable) throws -> RecordedEvent {
        let data = String(decoding: try JSONEncoder().encode(payload), as: UTF8.self)
        return RecordedEvent(position: 100 + version, streamID: Self.stream, version: version, id: UUID(), type: type,
                             data: data, metadata: nil, recordedAt: Date())
    }

    private func ingested(_ revision: Int, _ version: Int64) throws -> RecordedEvent {
        let article = TimelineFixtures.article("fold", published: "2025-07-15", text: "पाठ \(revision)")
        return try recorded(version, TimelineEventType.articleIngested, ArticleIngested(article: article, revision: revision))
    }

    private func extracted(_ revision: Int, _ version: Int64, _ entries: [DatedEntry], gazetteer: String = "g1") throws -> RecordedEvent {
        try recorded(version, TimelineEventType.articleExtracted, ArticleExtracted(
            streamID: Self.stream, articleRevision: revision, entries: entries, expressions: entries.count, unresolved: [],
            extractorVersion: "x1", gazetteerRevision: gazetteer))
    }

    func testRetractionsAndAdditionsOfTheLatestRevisionApplyInLogOrder() throws {
        let changedB = entry("b", actors: ["sergey-lavrov", "anita-deshmukh"])
        let events = [
            try ingested(1, 1), try extracted(1, 2, [entry("a", start: 0), entry("b")]),
            try recorded(3, TimelineEventType.entriesRetracted, EntriesRetracted(
                streamID: Self.stream, articleRevision: 1, entryIDs: ["a"], reason: "reprocess", extractorVersion: "x1",
                gazetteerRevision: "g2")),
            try recorded(4, TimelineEventType.entriesAdded, EntriesAdded(
                streamID: Self.stream, articleRevision: 1, entries: [entry("c", start: 30), changedB], reason: "reprocess",
                extractorVersion: "x1", gazetteerRevision: "g2")),
            try recorded(5, "SomethingElse", ["note": "ignored"]),
        ]
        let state = try XCTUnwrap(try StoredArticleState(events: events))
        XCTAssertEqual(state.version, 5)
        XCTAssertEqual(state.ingested.revision, 1)
        XCTAssertEqual(state.entries.map(\.entryID), ["b", "c"])
        XCTAssertEqual(state.entries.first, changedB, "an added entry replaces the stored one with its id")
        XCTAssertEqual(state.gazetteerRevision, "g2")
    }

    func testOnlyTheLatestRevisionCounts() throws {
        let events = [
            try ingested(1, 1), try extracted(1, 2, [entry("a")]),
            try ingested(2, 3), try extracted(2, 4, [entry("z")], gazetteer: "g3"),
            // A late event about revision 1 changes nothing.
            try recorded(5, TimelineEventType.entriesAdded, EntriesAdded(
                streamID: Self.stream, articleRevision: 1, entries: [entry("q")], reason: "reprocess",
                extractorVersion: "x1", gazetteerRevision: "g4")),
        ]
        let state = try XCTUnwrap(try StoredArticleState(events: events))
        XCTAssertEqual(state.ingested.revision, 2)
        XCTAssertEqual(state.entries.map(\.entryID), ["z"])
        XCTAssertEqual(state.gazetteerRevision, "g3")
        XCTAssertEqual(state.version, 5)
    }

    func testAStreamWithoutAnArticleIsNoneAndABadPayloadIsNamed() throws {
        XCTAssertNil(try StoredArticleState(events: [try recorded(1, "SomethingElse", ["a": 1])]))
        let bad = RecordedEvent(position: 77, streamID: Self.stream, version: 2, id: UUID(),
                                type: TimelineEventType.articleExtracted, data: #"{"entries": 5}"#, metadata: nil, recordedAt: Date())
        XCTAssertThrowsError(try StoredArticleState(events: [try ingested(1, 1), bad])) { error in
            let text = "\(error)"
            XCTAssertTrue(text.contains("article stream \(Self.stream), log position 77"), text)
            XCTAssertTrue(text.contains("ArticleExtracted payload does not decode"), text)
        }
    }

    func testTheDiffComparesWhatTimelinesShowWithActorsAsCurationResolvesThem() {
        let stored = [entry("a", start: 0), entry("b"), entry("c", start: 40, actors: ["provisional:राजेश वर्मा"])]
        let fresh = [
            entry("b", actors: ["anita-deshmukh", "sergey-lavrov"]),        // one more actor: changed
            entry("c", start: 40, actors: ["rajesh-verma"]),                  // what curation already says
            entry("d", start: 60),                                            // new
        ]
        let curation = ActorCuration([.merged(.init(sourceID: "provisional:राजेश वर्मा", sourceName: "राजेश वर्मा",
                                                    targetID: "rajesh-verma", targetName: "राजेश वर्मा"))])
        let diff = EntryDiff(stored: stored, fresh: fresh, curation: curation)
        XCTAssertEqual(diff.retracted.map(\.entryID), ["a"])
        XCTAssertEqual(diff.added.map(\.entryID), ["b", "d"])
        XCTAssertEqual(diff.replaced.map(\.entryID), ["b"])

        XCTAssertEqual(EntryDiff(stored: stored, fresh: fresh, curation: ActorCuration()).added.map(\.entryID), ["b", "c", "d"],
                       "without the merge the spokesman's entry changed actor")
        var moved = entry("b")
        moved.sentence = "another sentence text"
        moved.actors[0].evidence = "short-form:लावरोव"
        XCTAssertTrue(EntryDiff(stored: [entry("b")], fresh: [moved], curation: ActorCuration()).isEmpty,
                      "sentence text and evidence are not what a change is about")
        XCTAssertEqual(EntryDiff(stored: [entry("b")], fresh: [entry("b", value: "2025-07-06")], curation: ActorCuration())
            .replaced.map(\.entryID), ["b"])
    }
}
