import EventStore
import Foundation
import HindiTemporal
import PostgresTestSupport
import XCTest
@testable import Timelines

/// An article stream read back (`StoredArticleReader`) and folded into its current entries, and the
/// comparison of those with a fresh extraction.
final class StoredArticleStateTests: XCTestCase {
    private static let article = TimelineFixtures.article("fold", published: "2025-07-15", text: "सर्गेई लावरोव ने 5 जुलाई 2025 को मुलाकात की।",
                                                         tags: ["रूस", "कूटनीति"])

    private func entry(_ id: String, value: String = "2025-07-05", start: Int = 17, actors: [String] = ["sergey-lavrov"]) -> DatedEntry {
        let day = CalendarDay(iso: value) ?? CalendarDay(iso: "2025-07-05")!
        return DatedEntry(
            entryID: id, sentenceIndex: 0, sentence: "सर्गेई लावरोव ने 5 जुलाई 2025 को मुलाकात की।",
            expression: .init(text: "5 जुलाई 2025", start: start, end: start + 12, type: "DATE", value: value,
                              granularity: "day", tense: "none", rule: "date.full", anchor: "explicit"),
            interval: DayInterval(first: day, last: day),
            actors: actors.map { .init(key: $0, name: "नाम \($0)", kind: "person", provisional: false, surface: $0, evidence: "alias:\($0)") })
    }

    private func json(_ value: some Encodable) throws -> String { String(decoding: try JSONEncoder().encode(value), as: UTF8.self) }

    private func ingested(_ revision: Int) throws -> NewEvent {
        var article = Self.article
        article.text += String(repeating: " और", count: revision - 1)
        return NewEvent(type: TimelineEventType.articleIngested, data: try json(ArticleIngested(article: article, revision: revision)))
    }

    private func extracted(_ revision: Int, _ entries: [DatedEntry], gazetteer: String = "g1") throws -> NewEvent {
        NewEvent(type: TimelineEventType.articleExtracted, data: try json(ArticleExtracted(
            streamID: Self.article.streamID, articleRevision: revision, entries: entries, expressions: entries.count, unresolved: [],
            extractorVersion: "x1", gazetteerRevision: gazetteer)))
    }

    private func retracted(_ revision: Int, _ ids: [String], gazetteer: String) throws -> NewEvent {
        NewEvent(type: TimelineEventType.entriesRetracted, data: try json(EntriesRetracted(
            streamID: Self.article.streamID, articleRevision: revision, entryIDs: ids, reason: "reprocess", extractorVersion: "x1",
            gazetteerRevision: gazetteer)))
    }

    private func added(_ revision: Int, _ entries: [DatedEntry], gazetteer: String) throws -> NewEvent {
        NewEvent(type: TimelineEventType.entriesAdded, data: try json(EntriesAdded(
            streamID: Self.article.streamID, articleRevision: revision, entries: entries, reason: "reprocess", extractorVersion: "x1",
            gazetteerRevision: gazetteer)))
    }

    /// Appends `events` to the fixture's stream of a fresh database and folds what the reader returns.
    private func fold(_ events: [NewEvent]) throws -> StoredArticleState? {
        try TestDatabase.withFresh { conn, _ in
            try TimelineFixtures.migrate(conn)
            try EventLog(connection: conn).append(to: Self.article.streamID, events, expected: .noStream)
            try EventLog(connection: conn).append(to: "article-other", [try ingested(1)], expected: .noStream)
            let rows = try StoredArticleReader(connection: conn).read([Self.article.streamID, "article-missing"])
            XCTAssertEqual(rows.count, 2)
            XCTAssertEqual(rows[1].count, 0)
            return try StoredArticleState(rows: rows[0])
        }
    }

    func testRetractionsAndAdditionsOfTheLatestRevisionApplyInLogOrder() throws {
        let changedB = entry("b", actors: ["sergey-lavrov", "anita-deshmukh"])
        let state = try XCTUnwrap(try fold([
            try ingested(1), try extracted(1, [entry("a", start: 0), entry("b")]),
            try retracted(1, ["a"], gazetteer: "g2"),
            try added(1, [entry("c", value: "2025-06-01", start: 30), changedB], gazetteer: "g2"),
            NewEvent(type: "SomethingElse", data: #"{"note": "ignored"}"#),
        ]))
        XCTAssertEqual(state.streamID, Self.article.streamID)
        XCTAssertEqual(state.version, 5)
        XCTAssertEqual(state.ingested.revision, 1)
        XCTAssertEqual(state.ingested.article, Self.article, "the article comes back field by field")
        XCTAssertEqual(state.ingested.contentHash, Self.article.contentHash)
        XCTAssertEqual(state.entries.map(\.entryID), ["b", "c"])
        XCTAssertEqual(state.entries.first, EntrySummary(changedB), "an added entry replaces the stored one with its id")
        XCTAssertEqual(state.entries.last?.interval.first.iso, "2025-06-01")
        XCTAssertEqual(state.gazetteerRevision, "g2")
        XCTAssertEqual(state.extractorVersion, "x1")
    }

    func testOnlyTheLatestRevisionCounts() throws {
        let state = try XCTUnwrap(try fold([
            try ingested(1), try extracted(1, [entry("a")]),
            try ingested(2), try extracted(2, [entry("z")], gazetteer: "g3"),
            // A late event about revision 1 changes nothing.
            try added(1, [entry("q")], gazetteer: "g4"),
        ]))
        XCTAssertEqual(state.ingested.revision, 2)
        XCTAssertEqual(state.entries.map(\.entryID), ["z"])
        XCTAssertEqual(state.gazetteerRevision, "g3")
        XCTAssertEqual(state.version, 5)
    }

    func testAStreamWithoutAnArticleIsNoneAndABadPayloadIsNamed() throws {
        XCTAssertNil(try fold([NewEvent(type: "SomethingElse", data: #"{"a": 1}"#)]))
        let bad = NewEvent(type: TimelineEventType.articleExtracted,
                           data: #"{"articleRevision": 1, "extractorVersion": "x1", "gazetteerRevision": "g1", "entries": [{"entryID": 5}]}"#)
        XCTAssertThrowsError(try fold([try ingested(1), bad])) { error in
            let text = "\(error)"
            XCTAssertTrue(text.contains("article stream \(Self.article.streamID), log position 2"), text)
            XCTAssertTrue(text.contains("ArticleExtracted: its entries do not decode"), text)
        }
        let noEntries = NewEvent(type: TimelineEventType.articleExtracted,
                                 data: #"{"articleRevision": 1, "extractorVersion": "x1", "gazetteerRevision": "g1", "entries": "none"}"#)
        XCTAssertThrowsError(try fold([try ingested(1), noEntries])) { error in
            XCTAssertTrue("\(error)".contains("ArticleExtracted: the payload has no entries"), "\(error)")
        }
    }

    func testTheDiffComparesWhatTimelinesShowWithActorsAsCurationResolvesThem() {
        let stored = [entry("a", start: 0), entry("b"), entry("c", start: 40, actors: ["provisional:राजेश वर्मा"])].map(EntrySummary.init)
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
        var reworded = entry("b")
        reworded.sentence = "दूसरा वाक्य"
        reworded.actors[0].evidence = "short-form:लावरोव"
        reworded.actors[0].name = "लावरोव"
        XCTAssertTrue(EntryDiff(stored: [EntrySummary(entry("b"))], fresh: [reworded], curation: ActorCuration()).isEmpty,
                      "sentence text, evidence and names are not what a change is about")
        XCTAssertEqual(EntryDiff(stored: [EntrySummary(entry("b"))], fresh: [entry("b", value: "2025-07-06")], curation: ActorCuration())
            .replaced.map(\.entryID), ["b"])
    }
}
