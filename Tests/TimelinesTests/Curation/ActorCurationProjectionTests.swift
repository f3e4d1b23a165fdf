import ActorRecognition
import EventStore
import Foundation
import Postgres
import PostgresTestSupport
import XCTest
@testable import Timelines

/// Curation events change the timelines exactly as expected, keep the past queryable with
/// `asOf`, and give the same rows after a rebuild.
final class ActorCurationProjectionTests: XCTestCase {
    private let verma = CurationFixtures.provisionalKey

    func testMergeMovesEveryEntryToTheTargetOnceAndSurvivesRebuild() throws {
        try TestDatabase.withFresh { conn, _ in
            try TimelineFixtures.migrate(conn)
            let s = try TimelineFixtures.session(conn)
            try s.ingestor.ingest([CurationFixtures.spokesman])
            try s.projection.catchUp()
            let vermaBefore = try s.queries.entries(actorID: verma).map(\.id)
            let jaishankarBefore = try s.queries.entries(actorID: "s-jaishankar").map(\.id)
            XCTAssertEqual(vermaBefore.count, 3, "सोमवार, अगले सप्ताह, पिछले महीने")
            XCTAssertEqual(jaishankarBefore.count, 2, "the first sentence names both")
            let beforeMerge = try CurationFixtures.now(conn)

            try CurationFixtures.curate(.merged(.init(sourceID: verma, sourceName: "राजेश वर्मा", targetID: "s-jaishankar",
                                                      targetName: "एस जयशंकर")), conn)

            XCTAssertEqual(try s.queries.entries(actorID: verma), [])
            let after = try s.queries.entries(actorID: "s-jaishankar")
            XCTAssertEqual(Set(after.map(\.id)), Set(vermaBefore + jaishankarBefore))
            XCTAssertEqual(after.count, 3, "an entry that named both is on the target's timeline once")
            XCTAssertTrue(after.allSatisfy { !$0.otherActorIDs.contains(verma) && !$0.otherActorIDs.contains("s-jaishankar") },
                          "\(after.map(\.otherActorIDs))")
            let moved = try conn.query("SELECT retraction FROM timeline_entry_history WHERE actor_id = $1", [.text(verma)])
            XCTAssertEqual(try moved.map { try $0.string("retraction") }, Array(repeating: "merged into s-jaishankar", count: 3))

            // As known before the merge: the provisional actor had its three entries.
            XCTAssertEqual(try s.queries.entries(actorID: verma, filter: .init(asOf: beforeMerge)).map(\.id), vermaBefore)
            XCTAssertEqual(try s.queries.entries(actorID: "s-jaishankar", filter: .init(asOf: beforeMerge)).map(\.id),
                           jaishankarBefore)

            let caughtUp = try TimelineFixtures.snapshot(conn)
            try s.projection.rebuild()
            XCTAssertEqual(try TimelineFixtures.snapshot(conn), caughtUp, "rebuild gives the same rows and history")
        }
    }

    func testAddedActorTakesOverProvisionalEntriesAndIsRecognizedInLaterArticles() throws {
        try TestDatabase.withFresh { conn, _ in
            try TimelineFixtures.migrate(conn)
            let s = try TimelineFixtures.session(conn)
            try s.ingestor.ingest([CurationFixtures.spokesman])
            try s.projection.catchUp()
            let ids = try s.queries.entries(actorID: verma).map(\.id)

            try CurationFixtures.curate(.added(.init(actorID: "rajesh-verma", name: "राजेश वर्मा", kind: "person",
                                                     latinName: "Rajesh Verma", aliases: ["वर्मा"])), conn)
            XCTAssertEqual(try s.queries.entries(actorID: "rajesh-verma").map(\.id), ids)
            XCTAssertEqual(try s.queries.entries(actorID: verma), [])

            // A later article without the role pattern: the curated gazetteer knows the name now.
            let (gazetteer, revision) = try GazetteerStore(connection: conn).prepared()
            XCTAssertTrue(gazetteer.actors.contains { $0.id == "rajesh-verma" })
            XCTAssertNotEqual(revision, try GazetteerStore(connection: conn).storedRevision(), "curation changes the revision")
            let later = try TimelineFixtures.session(conn)
            try later.ingestor.ingest([CurationFixtures.followUp])
            try later.projection.catchUp()
            let entries = try later.queries.entries(actorID: "rajesh-verma")
            XCTAssertEqual(entries.count, ids.count + 1)
            let thursday = entries.first { $0.expression == "गुरुवार" }
            XCTAssertEqual(thursday?.value, "2025-07-17")
            XCTAssertEqual(thursday?.evidence, "alias:राजेश वर्मा")

            let caughtUp = try TimelineFixtures.snapshot(conn)
            try later.projection.rebuild()
            XCTAssertEqual(try TimelineFixtures.snapshot(conn), caughtUp)
        }
    }

    func testAliasMovesEntriesOfThatName() throws {
        try TestDatabase.withFresh { conn, _ in
            try TimelineFixtures.migrate(conn)
            let s = try TimelineFixtures.session(conn)
            try s.ingestor.ingest([CurationFixtures.spokesman])
            try s.projection.catchUp()
            let ids = try s.queries.entries(actorID: verma).map(\.id)
            try CurationFixtures.curate(.aliasAdded(.init(actorID: "sergey-lavrov", alias: "राजेश  वर्मा")), conn)
            XCTAssertEqual(try s.queries.entries(actorID: "sergey-lavrov").map(\.id), ids,
                           "the alias is folded like the provisional key (extra space)")
            XCTAssertEqual(try s.queries.entries(actorID: "sergey-lavrov").first?.actorName, "सर्गेई लावरोव")
            let lavrov = try GazetteerStore(connection: conn).prepared().gazetteer.actors.first { $0.id == "sergey-lavrov" }
            XCTAssertTrue(lavrov?.aliases.contains("राजेश  वर्मा") ?? false)
        }
    }

    func testRejectTakesTheActorOutOfEveryTimelineButNotOutOfThePast() throws {
        try TestDatabase.withFresh { conn, _ in
            try TimelineFixtures.migrate(conn)
            let s = try TimelineFixtures.session(conn)
            try s.ingestor.ingest([CurationFixtures.spokesman])
            try s.projection.catchUp()
            let before = try CurationFixtures.rows(conn)
            let beforeReject = try CurationFixtures.now(conn)
            XCTAssertTrue(try s.queries.entries(actorID: "s-jaishankar").allSatisfy { $0.otherActorIDs == [verma] })

            try CurationFixtures.curate(.rejected(.init(actorID: verma, name: "राजेश वर्मा", reason: "test")), conn)

            XCTAssertEqual(try s.queries.entries(actorID: verma), [])
            XCTAssertTrue(try s.queries.entries(actorID: "s-jaishankar").allSatisfy { $0.otherActorIDs.isEmpty && $0.otherActors.isEmpty })
            XCTAssertEqual(try s.queries.entries(actorID: verma, filter: .init(asOf: beforeReject)).count, 3)
            let reasons = try conn.query("SELECT DISTINCT retraction FROM timeline_entry_history").map { try $0.string("retraction") }
            XCTAssertEqual(reasons, ["rejected: test"])

            // A later article naming the rejected provisional actor adds nothing for it.
            try s.ingestor.ingest([CurationFixtures.followUp])
            try s.projection.catchUp()
            XCTAssertEqual(try s.queries.entries(actorID: verma), [])
            XCTAssertNotEqual(before, try CurationFixtures.rows(conn))

            let caughtUp = try TimelineFixtures.snapshot(conn)
            try s.projection.rebuild()
            XCTAssertEqual(try TimelineFixtures.snapshot(conn), caughtUp)
        }
    }

    func testRenameShowsTheNewNameEverywhere() throws {
        try TestDatabase.withFresh { conn, _ in
            try TimelineFixtures.migrate(conn)
            let s = try TimelineFixtures.session(conn)
            try s.ingestor.ingest([CurationFixtures.spokesman])
            try s.projection.catchUp()
            try CurationFixtures.curate(.renamed(.init(actorID: verma, oldName: "राजेश वर्मा", name: "राजेश कुमार वर्मा")), conn)
            XCTAssertEqual(Set(try s.queries.entries(actorID: verma).map(\.actorName)), ["राजेश कुमार वर्मा"])
            XCTAssertEqual(Set(try s.queries.entries(actorID: "s-jaishankar").flatMap(\.otherActors)), ["राजेश कुमार वर्मा"])
            XCTAssertEqual(try conn.query("SELECT count(*) AS n FROM timeline_entry_history")[0].int64("n"), 0,
                           "a rename withdraws nothing")
            let caughtUp = try TimelineFixtures.snapshot(conn)
            try s.projection.rebuild()
            XCTAssertEqual(try TimelineFixtures.snapshot(conn), caughtUp)
        }
    }

    func testTwoCuratorsActingOnTheSameVersionOneIsRefused() throws {
        try TestDatabase.withFresh { conn, _ in
            try TimelineFixtures.migrate(conn)
            let log = CurationLog(connection: conn)
            let version = try log.state().version
            try log.append(.rejected(.init(actorID: "india", name: "भारत", reason: "")), expectedVersion: version)
            XCTAssertThrowsError(try log.append(.rejected(.init(actorID: "china", name: "चीन", reason: "")), expectedVersion: version)) {
                XCTAssertEqual($0 as? CurationError, .concurrentChange)
            }
            XCTAssertEqual(try log.state().version, 1)
        }
    }
}
