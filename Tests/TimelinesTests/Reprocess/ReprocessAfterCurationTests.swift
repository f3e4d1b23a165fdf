import EventStore
import Foundation
import PostgresTestSupport
import XCTest
@testable import Timelines

/// Reprocess with the gazetteer as curation left it (`GazetteerStore.prepared()`).
final class ReprocessAfterCurationTests: XCTestCase {
    typealias F = ReprocessFixtures

    static let spokesman = TimelineFixtures.article("spokesman", published: "2025-07-15", text: """
        प्रवक्ता राजेश वर्मा ने 4 जुलाई 2025 को एक बयान जारी किया।
        """)

    private func added(_ id: String, _ name: String) -> ActorCurationEvent {
        .added(.init(actorID: id, name: name, kind: "person", latinName: "", aliases: []))
    }

    func testAnAddedActorGetsItsEntriesAndAnActorCurationAlreadyMovedIsLeftAlone() throws {
        try TestDatabase.withFresh { conn, _ in
            try TimelineFixtures.migrate(conn)
            let s = try TimelineFixtures.session(conn)
            try s.ingestor.ingest([F.anitaAlone, Self.spokesman])
            try s.projection.catchUp()
            let provisional = ActorReference.provisionalKey(for: "राजेश वर्मा")
            XCTAssertEqual(try s.queries.entries(actorID: provisional).map(\.value), ["2025-07-04"])

            let curation = CurationLog(connection: conn)
            try curation.append(added("anita-deshmukh", "अनिता देशमुख"), expectedVersion: 0)
            try curation.append(added("rajesh-verma", "राजेश वर्मा"), expectedVersion: 1)
            try s.projection.catchUp()
            // Curation alone moves the spokesman's entry; Anita's article still has none.
            XCTAssertEqual(try s.queries.entries(actorID: "rajesh-verma").map(\.value), ["2025-07-04"])
            XCTAssertEqual(try s.queries.entries(actorID: "anita-deshmukh"), [])

            var changes: [ArticleChange] = []
            let report = try ArticleReprocessor.current(connection: conn).reprocess(onChange: { changes.append($0) })
            XCTAssertEqual(report.examined, 2)
            XCTAssertEqual(changes.map(\.streamID), [F.anitaAlone.streamID],
                           "the spokesman's entry already shows under rajesh-verma: it is not replaced")
            let anitaID = try F.entryID(F.anitaAlone, expressionText: "3 जुलाई 2025", value: "2025-07-03")
            XCTAssertEqual(changes.first?.added.map(\.entryID), [anitaID])
            XCTAssertEqual(changes.first?.added.first?.actorKeys, ["anita-deshmukh"])
            XCTAssertEqual(changes.first?.retracted, [])

            try s.projection.catchUp()
            XCTAssertEqual(try s.queries.entries(actorID: "anita-deshmukh").map(\.id), [anitaID])
            XCTAssertEqual(try s.queries.entries(actorID: "rajesh-verma").map(\.value), ["2025-07-04"])

            let head = try EventLog(connection: conn).headPosition()
            let again = try ArticleReprocessor.current(connection: conn).reprocess(ReprocessOptions(force: true))
            XCTAssertEqual(again.changed, 0)
            XCTAssertEqual(try EventLog(connection: conn).headPosition(), head)
        }
    }
}
