import ActorRecognition
import EventStore
import Foundation
import Postgres
import PostgresTestSupport
import XCTest
@testable import Timelines

/// Entries recorded before places were kept read as having none; re-extraction with `force`
/// records their places, and a second run appends nothing.
final class ReprocessPlacesTests: XCTestCase {
    /// Published Sunday 2025-07-13: Lavrov in Pyongyang on Saturday.
    static let visit = TimelineFixtures.article("old-visit", published: "2025-07-13", text: """
        सर्गेई लावरोव ने शनिवार को प्योंगयांग में किम जोंग उन से मुलाकात की।
        """)

    /// Appends the article's two events as they were written before places were kept.
    private func appendWithoutPlaces(_ article: Article, builder: DatedEventBuilder, _ conn: PostgresConnection) throws {
        var extracted = builder.extract(article, revision: 1)
        XCTAssertEqual(extracted.entries.map { $0.places.map(\.key) }, [["pyongyang"]])
        for index in extracted.entries.indices { extracted.entries[index].places = [] }
        let old = ArticleExtractedWriter.json(extracted).replacingOccurrences(of: #""places":[],"#, with: "")
        XCTAssertFalse(old.contains("places"))
        let ingested = ArticleIngested(article: article, revision: 1, contentHash: article.contentHash)
        try EventLog(connection: conn).append(to: article.streamID, [
            NewEvent(type: TimelineEventType.articleIngested, data: String(decoding: try JSONEncoder().encode(ingested), as: UTF8.self)),
            NewEvent(type: TimelineEventType.articleExtracted, data: old),
        ], expected: .noStream)
    }

    func testForcedReprocessRecordsThePlacesOfOldEntries() throws {
        try TestDatabase.withFresh { conn, _ in
            try TimelineFixtures.migrate(conn)
            let (gazetteer, revision) = try GazetteerStore(connection: conn).prepared()
            let builder = DatedEventBuilder(recognizer: ActorRecognizer(gazetteer: gazetteer), gazetteerRevision: revision)
            try appendWithoutPlaces(Self.visit, builder: builder, conn)
            let projection = TimelineProjection(connection: conn)
            let queries = TimelineQueries(connection: conn)
            try projection.catchUp()
            XCTAssertEqual(try queries.entries(actorID: "sergey-lavrov").map(\.places), [[]])

            let reprocessor = ArticleReprocessor(connection: conn, builder: builder, curation: ActorCuration())
            XCTAssertEqual(try reprocessor.reprocess().changed, 0, "made by this extractor and gazetteer: skipped")
            var changes: [ArticleChange] = []
            let report = try reprocessor.reprocess(ReprocessOptions(force: true), onChange: { changes.append($0) })
            XCTAssertEqual(report.changed, 1)
            XCTAssertEqual(report.replaced, 1)
            XCTAssertEqual(report.retracted, 0)
            XCTAssertEqual(changes.first?.replaced.map(\.placeKeys), [[]])
            XCTAssertEqual(changes.first?.added.map(\.placeKeys), [["pyongyang"]])
            XCTAssertEqual(changes.first?.added.map(\.placeNames), [["प्योंगयांग"]])

            try projection.catchUp()
            XCTAssertEqual(try queries.entries(actorID: "sergey-lavrov").map(\.places), [["प्योंगयांग"]])
            XCTAssertEqual(try queries.entries(actorID: "kim-jong-un").map(\.places), [["प्योंगयांग"]])
            XCTAssertEqual(try reprocessor.reprocess(ReprocessOptions(force: true)).changed, 0, "a second run appends nothing")
        }
    }
}
