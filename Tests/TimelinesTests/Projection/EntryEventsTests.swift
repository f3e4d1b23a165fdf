import EventStore
import Postgres
import PostgresTestSupport
import XCTest
@testable import Timelines

/// What happened goes with every row of an entry — trigger, CAMEO root, quad class, realis, the
/// row's actor's role and the other actors' roles — and stays aligned when curation moves actors.
final class EntryEventsTests: XCTestCase {
    /// Published Sunday 2025-07-13: on Saturday Lavrov and Wang Yi met Kim Jong Un.
    static let meeting = TimelineFixtures.article("meeting", published: "2025-07-13", text: """
        सर्गेई लावरोव और वांग यी ने शनिवार को किम जोंग उन से मुलाकात की।
        """)

    func testEveryRowCarriesTheEventAndTheRolesOfItsActors() throws {
        try TestDatabase.withFresh { conn, _ in
            try TimelineFixtures.migrate(conn)
            let s = try TimelineFixtures.session(conn)
            try s.ingestor.ingest([Self.meeting])
            try s.projection.catchUp()
            let rows = try conn.query("""
                SELECT actor_id, trigger, cameo, quad::text AS quad, realis, role, other_actor_ids::text AS others,
                       other_actor_roles::text AS roles
                FROM timeline_entries ORDER BY actor_id
                """)
            XCTAssertEqual(rows.map(\.values), [
                ["kim-jong-un", "मुलाकात", "04", "1", "actual", "target", "{sergey-lavrov,wang-yi}", "{source,source}"],
                ["sergey-lavrov", "मुलाकात", "04", "1", "actual", "source", "{wang-yi,kim-jong-un}", "{source,target}"],
                ["wang-yi", "मुलाकात", "04", "1", "actual", "source", "{sergey-lavrov,kim-jong-un}", "{source,target}"],
            ])
            let lavrov = try s.queries.entries(actorID: "sergey-lavrov")
            XCTAssertEqual(lavrov.map(\.role), ["source"])
            XCTAssertEqual(lavrov.map(\.cameo), ["04"])
            XCTAssertEqual(lavrov.map(\.trigger), ["मुलाकात"])
        }
    }

    func testRejectingAnActorKeepsTheOtherRolesAlignedAndRebuildGivesTheSameRows() throws {
        try TestDatabase.withFresh { conn, _ in
            try TimelineFixtures.migrate(conn)
            let s = try TimelineFixtures.session(conn)
            try s.ingestor.ingest([Self.meeting])
            try s.projection.catchUp()
            try CurationFixtures.curate(.rejected(.init(actorID: "wang-yi", name: "वांग यी", reason: "not in this story")), conn)
            let rows = try conn.query("""
                SELECT actor_id, role, other_actor_ids::text AS others, other_actor_roles::text AS roles
                FROM timeline_entries ORDER BY actor_id
                """)
            XCTAssertEqual(rows.map(\.values), [
                ["kim-jong-un", "target", "{sergey-lavrov}", "{source}"],
                ["sergey-lavrov", "source", "{kim-jong-un}", "{target}"],
            ])
            let caughtUp = try TimelineFixtures.snapshot(conn)
            try s.projection.rebuild()
            XCTAssertEqual(try TimelineFixtures.snapshot(conn), caughtUp)
        }
    }

    func testTheTimelineFiltersOnRootQuadRealisAndRole() throws {
        try TestDatabase.withFresh { conn, _ in
            try TimelineFixtures.migrate(conn)
            let s = try TimelineFixtures.session(conn)
            try s.ingestor.ingest([Self.meeting])
            try s.projection.catchUp()
            func count(_ filter: TimelineFilter) throws -> Int { try s.queries.entries(actorID: "sergey-lavrov", filter: filter).count }
            var filter = TimelineFilter()
            filter.cameo = ["04"]
            XCTAssertEqual(try count(filter), 1)
            filter.cameo = ["17"]
            XCTAssertEqual(try count(filter), 0)
            filter = TimelineFilter()
            filter.quads = [1, 2]
            XCTAssertEqual(try count(filter), 1)
            filter.quads = [4]
            XCTAssertEqual(try count(filter), 0)
            filter = TimelineFilter()
            filter.realis = ["planned", "negated"]
            XCTAssertEqual(try count(filter), 0)
            filter.realis = ["actual"]
            XCTAssertEqual(try count(filter), 1)
            filter = TimelineFilter()
            filter.roles = ["target"]
            XCTAssertEqual(try count(filter), 0)
            filter.roles = ["source"]
            XCTAssertEqual(try count(filter), 1)
            filter.asOf = Date()
            XCTAssertEqual(try count(filter), 1, "the as-of timeline filters the same way")
        }
    }
}
