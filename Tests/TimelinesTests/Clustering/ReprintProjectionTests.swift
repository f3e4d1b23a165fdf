import EventStore
import Foundation
import Postgres
import PostgresTestSupport
import XCTest
@testable import Timelines

/// Reprints and near copies join the original's events: more articles and sources, no more events.
final class ReprintProjectionTests: XCTestCase {
    private typealias F = ClusterFixtures

    private func reprintOf(_ article: Article, _ conn: PostgresConnection) throws -> String? {
        try conn.query("SELECT reprint_of FROM article_fingerprints WHERE stream_id = $1", [.text(article.streamID)]).first?["reprint_of"]
    }

    func testReprintsAndNearCopiesAddNoEvents() throws {
        try TestDatabase.withFresh { conn, _ in
            try TimelineFixtures.migrate(conn)
            let s = try TimelineFixtures.session(conn)
            try s.ingestor.ingest([F.story])
            try s.projection.catchUp()
            let original = try F.events(conn)
            XCTAssertFalse(original.isEmpty)
            XCTAssertNil(try reprintOf(F.story, conn))

            for copy in [F.exactReprint, F.withTrailer, F.paragraphDropped, F.updated] {
                try s.ingestor.ingest([copy])
                try s.projection.catchUp()
                XCTAssertEqual(try reprintOf(copy, conn), F.story.streamID, "\(copy.identifier) is a reprint of the story")
                XCTAssertEqual(try F.events(conn).count, original.count + (copy == F.updated ? 1 : 0),
                               "\(copy.identifier): only the update's new sentence (Monday) may add an event")
            }
            let meeting = try EventQueries(connection: conn).events(actorID: "sergey-lavrov", from: .init(iso: "2025-07-12"),
                                                                   to: .init(iso: "2025-07-12"))
            XCTAssertEqual(meeting.count, 1)
            XCTAssertEqual(meeting.first?.mentions, 5)
            XCTAssertEqual(meeting.first?.articles, 5)
            XCTAssertEqual(meeting.first?.sources, 4, "alpha (twice), beta, gamma, delta")
            XCTAssertEqual(meeting.first?.value, "2025-07-12")
            let reports = try EventQueries(connection: conn).reports(of: meeting[0].id)
            XCTAssertEqual(reports.filter { $0.reprintOf == F.story.streamID }.count, 4)
            XCTAssertTrue(reports.dropFirst().allSatisfy { $0.joinedBy.hasPrefix("reprint of") }, "\(reports.map(\.joinedBy))")
        }
    }

    func testAnotherStoryOfTheSameActorsIsNoReprint() throws {
        try TestDatabase.withFresh { conn, _ in
            try TimelineFixtures.migrate(conn)
            let s = try TimelineFixtures.session(conn)
            try s.ingestor.ingest([F.story, F.otherWords, F.secondMeeting])
            try s.projection.catchUp()
            XCTAssertNil(try reprintOf(F.otherWords, conn))
            XCTAssertNil(try reprintOf(F.secondMeeting, conn))
        }
    }
}
