import PostgresTestSupport
import XCTest
@testable import Timelines

final class ArticleIngestorChunkTests: XCTestCase {
    func testChunksKeepOrderAndSendRepeatsToTheEnd() {
        let a = TimelineFixtures.article("a", published: "2025-07-13", text: "एक")
        let b = TimelineFixtures.article("b", published: "2025-07-13", text: "दो")
        var a2 = a
        a2.text = "एक, बदला हुआ"
        let c = TimelineFixtures.article("c", published: "2025-07-13", text: "तीन")
        let (chunks, repeats) = ArticleIngestor.chunks([a, b, a2, c], size: 2)
        XCTAssertEqual(chunks.map { $0.map(\.identifier) }, [[a.identifier, b.identifier], [c.identifier]])
        XCTAssertEqual(repeats, [a2])
    }

    func testTheSameArticleTwiceInOneInputBecomesTwoRevisionsInInputOrder() throws {
        try TestDatabase.withFresh { conn, _ in
            try TimelineFixtures.migrate(conn)
            let s = try TimelineFixtures.session(conn)
            var changed = TimelineFixtures.pyongyang
            changed.text = "सर्गेई लावरोव ने शुक्रवार को किम जोंग उन से मुलाकात की।"
            let report = try s.ingestor.ingest([TimelineFixtures.pyongyang, TimelineFixtures.beijing, changed], chunkSize: 1)
            XCTAssertEqual(report.new, 2)
            XCTAssertEqual(report.revised, 1)
            try s.projection.catchUp()
            let values = try s.queries.entries(actorID: "sergey-lavrov").map(\.value)
            XCTAssertEqual(values, ["2025-07-11", "2025-08"], "the later copy is the current revision")
        }
    }
}
