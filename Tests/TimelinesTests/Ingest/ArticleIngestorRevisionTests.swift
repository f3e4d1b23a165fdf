import EventStore
import Postgres
import PostgresTestSupport
import XCTest
@testable import Timelines

/// Content that changes and changes back, and articles the log refuses, never lose news.
final class ArticleIngestorRevisionTests: XCTestCase {
    private func revisions(_ conn: PostgresConnection, _ article: Article) throws -> [String] {
        try conn.query("""
            SELECT data->>'revision' AS revision FROM events WHERE stream_id = $1 AND event_type = $2 ORDER BY version
            """, [.text(article.streamID), .text(TimelineEventType.articleIngested)]).map { try $0.string("revision") }
    }

    func testContentThatChangesBackIsANewRevisionAndTheTimelineShowsIt() throws {
        try TestDatabase.withFresh { conn, _ in
            try TimelineFixtures.migrate(conn)
            let s = try TimelineFixtures.session(conn)
            let a = TimelineFixtures.pyongyang
            var b = a
            b.text = "सर्गेई लावरोव ने शुक्रवार को किम जोंग उन से मुलाकात की।"

            XCTAssertEqual(try s.ingestor.ingest([a]).new, 1)
            XCTAssertEqual(try s.ingestor.ingest([b]).revised, 1)
            let back = try s.ingestor.ingest([a])
            XCTAssertEqual(back.revised, 1, "A → B → A: the article says A again")
            XCTAssertEqual(back.refused, [])
            XCTAssertEqual(try revisions(conn, a), ["1", "2", "3"])
            XCTAssertEqual(try s.ingestor.ingest([a]).unchanged, 1, "the same content as the latest revision records nothing")

            try s.projection.catchUp()
            let aloneA = try TestDatabase.withFresh { other, _ -> [String] in
                try TimelineFixtures.migrate(other)
                let t = try TimelineFixtures.session(other)
                try t.ingestor.ingest([a])
                try t.projection.catchUp()
                return try t.queries.entries(actorID: "sergey-lavrov").map(\.value)
            }
            XCTAssertEqual(try s.queries.entries(actorID: "sergey-lavrov").map(\.value), aloneA,
                           "after A → B → A the timeline is the one A alone gives")
        }
    }

    func testAnArticleTheLogRefusesLeavesTheOthersOfItsCallRecorded() throws {
        try TestDatabase.withFresh { conn, _ in
            try TimelineFixtures.migrate(conn)
            let s = try TimelineFixtures.session(conn)
            let huge = TimelineFixtures.article(
                "vishal", published: "2025-07-13", text: String(repeating: "नगर निगम ने सोमवार को बैठक बुलाई। ", count: 12_000))
            for chunkSize in [500, 1] {
                let report = try s.ingestor.ingest([TimelineFixtures.pyongyang, huge, TimelineFixtures.beijing], chunkSize: chunkSize)
                XCTAssertEqual(report.refused.map(\.identifier), [huge.identifier], "chunk size \(chunkSize)")
                XCTAssertTrue(report.refused.first?.reason.contains("the limit is") ?? false, "\(report.refused)")
            }
            XCTAssertEqual(try revisions(conn, TimelineFixtures.pyongyang), ["1"])
            XCTAssertEqual(try revisions(conn, TimelineFixtures.beijing), ["1"])
            XCTAssertEqual(try revisions(conn, huge), [])
        }
    }
}
