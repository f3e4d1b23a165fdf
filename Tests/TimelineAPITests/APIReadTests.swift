import Foundation
import Timelines
import XCTest
@testable import TimelineAPI

/// The other endpoints: actors by any alias, an entry's explanation, events, status.
final class APIReadTests: XCTestCase {
    func testActorsAreFoundByAnyAliasAndByID() async throws {
        try await APIServer.with { server in
            try server.ingest(APIServer.articles)
            for query in ["%E0%A4%B2%E0%A4%BE%E0%A4%B5%E0%A4%B0%E0%A5%8B%E0%A4%B5", "Lavrov", "sergey-lavrov",
                          "%E0%A4%B2%E0%A4%BE%E0%A4%B5%E0%A4%B0%E0%A5%8B%E0%A4%AB"] {  // लावरोव, Lavrov, the id, लावरोफ
                let reply = try await server.get("/v1/actors?q=\(query)")
                XCTAssertEqual(reply.status, 200, reply.body)
                let actors = reply.json["actors"] as? [[String: Any]] ?? []
                XCTAssertEqual(actors.first?["id"] as? String, "sergey-lavrov", "\(query): \(reply.body)")
            }
            let busiest = try await server.get("/v1/actors?limit=3")
            let ranked = busiest.json["actors"] as? [[String: Any]] ?? []
            XCTAssertEqual(ranked.count, 3)
            XCTAssertEqual(ranked.first?["id"] as? String, "sergey-lavrov", "the actor with most entries first")
            let one = try await server.get("/v1/actors/sergey-lavrov")
            XCTAssertEqual(one.json["latinName"] as? String, "Sergey Lavrov")
            XCTAssertGreaterThan(one.json["entryCount"] as? Int ?? 0, 3)
            let missing = try await server.get("/v1/actors/nobody")
            XCTAssertEqual(missing.status, 404)
            XCTAssertEqual(missing.json["type"] as? String, "/problems/unknown-actor")
        }
    }

    func testAnEntryIsExplainedAsTheCLIExplainsIt() async throws {
        try await APIServer.with { server in
            try server.ingest(APIServer.articles)
            let entry = try XCTUnwrap(try TimelineQueries(connection: server.connection).entries(actorID: "sergey-lavrov").first)
            let reply = try await server.get("/v1/entries/\(entry.id.uppercased())")
            XCTAssertEqual(reply.status, 200, reply.body)
            let expected = try JSONSerialization.jsonObject(with: Data(EntryExplanationText.json(
                try EntryExplainer(connection: server.connection).explain(entry.id)).utf8)) as? NSDictionary
            XCTAssertEqual(reply.json as NSDictionary, expected, "the same fields and values as `timeline explain --format json`")
            let unknown = try await server.get("/v1/entries/0000000000")
            XCTAssertEqual(unknown.status, 404)
            XCTAssertEqual(unknown.json["type"] as? String, "/problems/unknown-entry")
            let bad = try await server.get("/v1/entries/not!an!id")
            XCTAssertEqual(bad.status, 400)
        }
    }

    func testEventsAndStatus() async throws {
        try await APIServer.with { server in
            try server.ingest(APIServer.articles)
            let list = try await server.get("/v1/events?actor=Lavrov&limit=100")
            XCTAssertEqual(list.status, 200, list.body)
            let events = list.json["events"] as? [[String: Any]] ?? []
            XCTAssertFalse(events.isEmpty)
            let expected = try EventQueries(connection: server.connection).events(actorID: "sergey-lavrov", limit: 100).map(\.id)
            XCTAssertEqual(events.compactMap { $0["id"] as? String }, expected)
            let id = try XCTUnwrap(events.first?["id"] as? String)
            let one = try await server.get("/v1/events/\(id)")
            XCTAssertEqual(one.status, 200, one.body)
            XCTAssertEqual(one.json["id"] as? String, id)
            XCTAssertFalse((one.json["reports"] as? [[String: Any]] ?? []).isEmpty, one.body)
            let unknown = try await server.get("/v1/events/ev0000000000")
            XCTAssertEqual(unknown.status, 404)
            let badDay = try await server.get("/v1/events?from=2025-13-01")
            XCTAssertEqual(badDay.status, 400)

            let status = try await server.get("/v1/status")
            let expectedStatus = try TimelineStatus.read(connection: server.connection)
            XCTAssertEqual(status.json["entries"] as? Int, Int(expectedStatus.entries))
            XCTAssertEqual(status.json["lagEvents"] as? Int, 0)
            XCTAssertEqual(status.headers.first(name: "cache-control"), "no-store")
        }
    }
}
