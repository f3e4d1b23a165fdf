import Foundation
import HindiTemporal
import Timelines
import XCTest
@testable import TimelineAPI

/// `GET /v1/actors/{id}/timeline`: pages that neither skip nor repeat (also while ingest runs),
/// both orders, ETag and 304, and problems for bad input.
final class APITimelineTests: XCTestCase {
    private func ids(_ reply: APIServer.Reply) -> [String] {
        (reply.json["entries"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
    }

    /// Every page, following `next`, from `path` (which has its query already).
    private func allPages(_ server: APIServer, _ path: String) async throws -> [String] {
        var seen: [String] = [], cursor: String?
        repeat {
            let reply = try await server.get(path + (cursor.map { "&cursor=\($0)" } ?? ""))
            XCTAssertEqual(reply.status, 200, reply.body)
            seen += ids(reply)
            cursor = reply.json["next"] as? String
        } while cursor != nil
        return seen
    }

    func testPagesOfTwoGiveTheWholeTimelineInOrderInBothDirections() async throws {
        try await APIServer.with { server in
            try server.ingest(APIServer.articles)
            let whole = try TimelineQueries(connection: server.connection).entries(actorID: "sergey-lavrov").map(\.id)
            XCTAssertGreaterThanOrEqual(whole.count, 5, "the fixtures give Lavrov several entries")
            let oldest = try await allPages(server, "/v1/actors/sergey-lavrov/timeline?limit=2")
            XCTAssertEqual(oldest, whole)
            let newest = try await allPages(server, "/v1/actors/sergey-lavrov/timeline?limit=2&order=newest")
            XCTAssertEqual(newest, whole.reversed())
            let first = try await server.get("/v1/actors/sergey-lavrov/timeline?limit=2")
            XCTAssertEqual((first.json["actor"] as? [String: Any])?["name"] as? String, "सर्गेई लावरोव")
            XCTAssertEqual(first.headers.first(name: "content-type"), "application/json; charset=utf-8")
        }
    }

    func testPagingWhileIngestRunsNeitherSkipsNorRepeats() async throws {
        try await APIServer.with { server in
            try server.ingest(Array(APIServer.articles.prefix(2)))
            let before = Set(try TimelineQueries(connection: server.connection).entries(actorID: "sergey-lavrov").map(\.id))
            var seen: [String] = [], cursor: String?, ingested = false
            repeat {
                let reply = try await server.get("/v1/actors/sergey-lavrov/timeline?limit=1" + (cursor.map { "&cursor=\($0)" } ?? ""))
                seen += ids(reply)
                cursor = reply.json["next"] as? String
                if !ingested {
                    // New entries arrive between the first and the second page.
                    try server.ingest([APIServer.articles[2]])
                    ingested = true
                }
            } while cursor != nil
            XCTAssertEqual(seen.count, Set(seen).count, "no entry twice: \(seen)")
            XCTAssertTrue(before.isSubset(of: Set(seen)), "every entry there at the start is on some page")
            let now = try TimelineQueries(connection: server.connection).entries(actorID: "sergey-lavrov").map(\.id)
            XCTAssertGreaterThan(now.count, before.count, "the ingest added entries")
            XCTAssertEqual(seen, now.filter(Set(seen).contains), "pages follow timeline order")
        }
    }

    func testAnUnchangedPageIsNotModifiedAndANewEntryChangesIt() async throws {
        try await APIServer.with { server in
            try server.ingest(Array(APIServer.articles.prefix(2)))
            let path = "/v1/actors/sergey-lavrov/timeline?limit=50"
            let first = try await server.get(path)
            let tag = try XCTUnwrap(first.headers.first(name: "etag"))
            XCTAssertTrue(tag.hasPrefix("\"") && tag.hasSuffix("\""), "a quoted strong tag: \(tag)")
            XCTAssertEqual(first.headers.first(name: "cache-control"), "no-cache")
            let again = try await server.get(path, headers: [("If-None-Match", tag)])
            XCTAssertEqual(again.status, 304)
            XCTAssertEqual(again.body, "")
            XCTAssertEqual(again.headers.first(name: "etag"), tag)
            let listed = try await server.get(path, headers: [("If-None-Match", "\"other\", W/\(tag)")])
            XCTAssertEqual(listed.status, 304, "a list of tags, weakly compared")

            try server.ingest([APIServer.articles[2]])
            let changed = try await server.get(path, headers: [("If-None-Match", tag)])
            XCTAssertEqual(changed.status, 200, "the projection moved for Lavrov")
            XCTAssertNotEqual(changed.headers.first(name: "etag"), tag)
        }
    }

    func testFiltersAndAsOf() async throws {
        try await APIServer.with { server in
            try server.ingest(APIServer.articles)
            let from = try await server.get("/v1/actors/sergey-lavrov/timeline?from=2025-08-01")
            let entries = from.json["entries"] as? [[String: Any]] ?? []
            XCTAssertFalse(entries.isEmpty)
            XCTAssertTrue(entries.allSatisfy { ($0["lastDay"] as? String ?? "") >= "2025-08-01" }, from.body)
            let with = try await server.get("/v1/actors/sergey-lavrov/timeline?with=%E0%A4%95%E0%A4%BF%E0%A4%AE%20%E0%A4%9C%E0%A5%8B%E0%A4%82%E0%A4%97%20%E0%A4%89%E0%A4%A8")
            XCTAssertEqual(with.status, 200, with.body)
            let withEntries = with.json["entries"] as? [[String: Any]] ?? []
            XCTAssertEqual(withEntries.count, 1, with.body)
            let early = try await server.get("/v1/actors/sergey-lavrov/timeline?as_of=2000-01-01T00:00Z")
            XCTAssertEqual(early.status, 200, early.body)
            XCTAssertEqual(ids(early), [], "nothing was recorded by 2000")
        }
    }

    func testBadInputIsAProblemThatNamesTheParameter() async throws {
        try await APIServer.with { server in
            try server.ingest(APIServer.articles)
            let cases: [(String, Int, String?)] = [
                ("/v1/actors/sergey-lavrov/timeline?from=July", 400, "from"),
                ("/v1/actors/sergey-lavrov/timeline?from=2025-08-01&to=2025-07-01", 400, "to"),
                ("/v1/actors/sergey-lavrov/timeline?limit=0", 400, "limit"),
                ("/v1/actors/sergey-lavrov/timeline?limit=many", 400, "limit"),
                ("/v1/actors/sergey-lavrov/timeline?order=sideways", 400, "order"),
                ("/v1/actors/sergey-lavrov/timeline?cursor=not-a-cursor", 400, "cursor"),
                ("/v1/actors/sergey-lavrov/timeline?as_of=yesterday", 400, "as_of"),
                ("/v1/actors/sergey-lavrov/timeline?with=nobody-at-all", 404, "with"),
                ("/v1/actors/nobody/timeline", 404, nil),
                ("/v1/no-such-thing", 404, nil),
            ]
            for (path, status, parameter) in cases {
                let reply = try await server.get(path)
                XCTAssertEqual(reply.status, status, "\(path): \(reply.body)")
                XCTAssertEqual(reply.headers.first(name: "content-type"), "application/problem+json; charset=utf-8", path)
                XCTAssertEqual(reply.json["status"] as? Int, status, path)
                XCTAssertNotNil(reply.json["title"] as? String, path)
                XCTAssertTrue((reply.json["type"] as? String ?? "").hasPrefix("/problems/"), path)
                XCTAssertEqual(reply.json["parameter"] as? String, parameter, "\(path): \(reply.body)")
            }
            // A cursor of the other order is refused, not misread.
            let newest = try await server.get("/v1/actors/sergey-lavrov/timeline?limit=1&order=newest")
            let cursor = try XCTUnwrap(newest.json["next"] as? String)
            let mixed = try await server.get("/v1/actors/sergey-lavrov/timeline?limit=1&cursor=\(cursor)")
            XCTAssertEqual(mixed.status, 400)
        }
    }

    /// With `fastJSON` off every page goes through the generated code's own encoding: the same
    /// answers, status, ETag and body.
    func testTheGeneratedPathAnswersAsTheHotPathDoes() async throws {
        let paths = ["/v1/actors/sergey-lavrov/timeline?limit=2", "/v1/actors/sergey-lavrov/timeline?order=newest&from=2025-07-01",
                     "/v1/actors/sergey-lavrov/timeline?with=Kim+Jong+Un", "/v1/actors/sergey-lavrov/timeline?limit=many",
                     "/v1/actors/nobody/timeline", "/v1/actors/sergey-lavrov/timeline?cursor=zzz"]
        func answers(fast: Bool) async throws -> [String] {
            try await APIServer.with({ $0.fastJSON = fast }) { server in
                try server.ingest(APIServer.articles)
                var out: [String] = []
                for path in paths {
                    let reply = try await server.get(path)
                    out.append("\(reply.status) \(reply.headers.first(name: "etag") ?? "-") \(reply.body)")
                }
                return out
            }
        }
        let generated = try await answers(fast: false), fast = try await answers(fast: true)
        XCTAssertEqual(generated, fast)
        XCTAssertTrue(generated[2].hasPrefix("200 "), "a co-actor written with + for spaces: \(generated[2])")
    }
}
