import EventStore
import Postgres
import PostgresTestSupport
import XCTest
@testable import Timelines

/// The places of an entry's sentence go with its rows wherever they go — written, moved to the
/// history by a revision or by curation, read back as of an earlier moment — and never make a
/// timeline of their own.
final class EntryPlacesTests: XCTestCase {
    /// Published Sunday 2025-07-13: Lavrov in two cities on Saturday; rain in Mumbai on Friday (no actor).
    static let visit = TimelineFixtures.article("visit", published: "2025-07-13", text: """
        सर्गेई लावरोव ने शनिवार को प्योंगयांग और मुंबई में किम जोंग उन से बात की। शुक्रवार को मुंबई में भारी बारिश हुई।
        """)

    func testEveryRowOfAnEntryCarriesItsPlacesAndNoPlaceHasATimeline() throws {
        try TestDatabase.withFresh { conn, _ in
            try TimelineFixtures.migrate(conn)
            let s = try TimelineFixtures.session(conn)
            try s.ingestor.ingest([Self.visit])
            try s.projection.catchUp()

            let lavrov = try s.queries.entries(actorID: "sergey-lavrov")
            XCTAssertEqual(lavrov.map(\.value), ["2025-07-12"], "the Friday sentence names only a place")
            XCTAssertEqual(lavrov.first?.places, ["प्योंगयांग", "मुंबई"])
            XCTAssertEqual(try s.queries.entries(actorID: "kim-jong-un").map(\.places), [["प्योंगयांग", "मुंबई"]])
            let rows = try conn.query("SELECT actor_id, places::text AS places FROM timeline_entries ORDER BY actor_id")
            XCTAssertEqual(rows.map(\.values), [["kim-jong-un", "{प्योंगयांग,मुंबई}"], ["sergey-lavrov", "{प्योंगयांग,मुंबई}"]])
            XCTAssertEqual(try s.queries.entries(actorID: "pyongyang"), [])
            XCTAssertEqual(try s.queries.entries(actorID: "mumbai"), [])
        }
    }

    func testARevisionMovesThePlacesToTheHistoryAndAsOfShowsThem() throws {
        try TestDatabase.withFresh { conn, _ in
            try TimelineFixtures.migrate(conn)
            let s = try TimelineFixtures.session(conn)
            try s.ingestor.ingest([Self.visit])
            try s.projection.catchUp()
            let before = try CurationFixtures.now(conn)

            var revised = Self.visit
            revised.text = "सर्गेई लावरोव ने शनिवार को किम जोंग उन से बात की।"
            try s.ingestor.ingest([revised])
            try s.projection.catchUp()

            XCTAssertEqual(try s.queries.entries(actorID: "sergey-lavrov").map(\.places), [[]])
            XCTAssertEqual(try s.queries.entries(actorID: "sergey-lavrov", filter: .init(asOf: before)).map(\.places),
                           [["प्योंगयांग", "मुंबई"]], "as known before the revision")
            let withdrawn = try conn.query("""
                SELECT actor_id, places::text AS places FROM reporting.withdrawn_entries ORDER BY actor_id
                """)
            XCTAssertEqual(withdrawn.map(\.values), [["kim-jong-un", "{प्योंगयांग,मुंबई}"], ["sergey-lavrov", "{प्योंगयांग,मुंबई}"]])
        }
    }

    func testCurationMovesTheRowsWithTheirPlacesAndRebuildGivesTheSameRows() throws {
        try TestDatabase.withFresh { conn, _ in
            try TimelineFixtures.migrate(conn)
            let s = try TimelineFixtures.session(conn)
            try s.ingestor.ingest([CurationFixtures.spokesman])
            try s.projection.catchUp()
            let verma = CurationFixtures.provisionalKey
            XCTAssertEqual(try s.queries.entries(actorID: verma).map(\.places), [[], ["टोक्यो"], ["टोक्यो"]],
                           "last month's sentence names no place; Monday's and next week's is the one naming Tokyo")

            try CurationFixtures.curate(.added(.init(actorID: "rajesh-verma", name: "राजेश वर्मा", kind: "person",
                                                     latinName: "Rajesh Verma", aliases: ["वर्मा"])), conn)
            XCTAssertEqual(try s.queries.entries(actorID: "rajesh-verma").map(\.places), [[], ["टोक्यो"], ["टोक्यो"]])
            let history = try conn.query("""
                SELECT count(*) AS n FROM timeline_entry_history WHERE actor_id = $1 AND places = $2::text[]
                """, [.text(verma), .array(["टोक्यो"])])
            XCTAssertEqual(try history[0].int64("n"), 2)

            let caughtUp = try TimelineFixtures.snapshot(conn)
            try s.projection.rebuild()
            XCTAssertEqual(try TimelineFixtures.snapshot(conn), caughtUp)
        }
    }
}
