import Daemon
import Foundation
import HTTPTestSupport
import Postgres
import XCTest

/// The daemon polling feeds from a real HTTP server on 127.0.0.1 into a real PostgreSQL.
final class FeedPollingTests: XCTestCase {
    static let etag = "\"v1\""

    static func route(_ request: TestHTTPServer.Request) -> TestHTTPServer.Response {
        let rss = "application/rss+xml; charset=utf-8"
        switch request.path {
        case "/nagar.xml":
            if request.headers["if-none-match"] == etag { return .send(status: 304, headers: ["ETag": etag], body: []) }
            return .send(status: 200, headers: ["ETag": etag, "Content-Type": rss], body: Array(FeedDocuments.rss(prefix: "nagar", count: 3).utf8))
        case "/atom.xml":
            return .send(status: 200, headers: ["Content-Type": "application/atom+xml"], body: Array(FeedDocuments.atom.utf8))
        case "/gzip.xml":
            return .send(status: 200, headers: ["Content-Type": rss, "Content-Encoding": "gzip"],
                         body: Gzip.stored(Array(FeedDocuments.rss(prefix: "gzip", count: 2, undated: false).utf8)))
        case "/malformed.xml": return .send(status: 200, headers: ["Content-Type": rss], body: Array(FeedDocuments.malformed.utf8))
        case "/latin.xml": return .send(status: 200, headers: ["Content-Type": "application/rss+xml"], body: FeedDocuments.notUTF8)
        case "/page.html": return .send(status: 200, headers: ["Content-Type": "text/html"], body: Array(FeedDocuments.htmlPage.utf8))
        case "/huge.xml": return .stream(totalBytes: 50 * 1024 * 1024, declareLength: false, pause: 0.001)
        case "/broken.xml": return .send(status: 500, headers: [:], body: Array("सर्वर त्रुटि".utf8))
        case "/slow.xml":
            return .delayed(seconds: 4, then: .send(status: 200, headers: ["Content-Type": rss], body: Array(FeedDocuments.atom.utf8)))
        default: return .send(status: 404, headers: [:], body: Array("नहीं मिला".utf8))
        }
    }

    private func feed(_ server: TestHTTPServer, _ name: String, _ path: String, interval: Duration = .milliseconds(300)) throws -> DaemonConfiguration.Feed {
        DaemonConfiguration.Feed(
            name: name, url: try XCTUnwrap(URL(string: server.base + path)), interval: interval, timeout: .seconds(1), maxBytes: 1 << 20)
    }

    func testNewItemsReachTheTimelinesAndA304IngestsNothing() async throws {
        let server = try TestHTTPServer(handler: Self.route)
        defer { server.stop() }
        var configuration = DaemonConfiguration()
        configuration.userAgent = "timeline-daemon-test/1"
        configuration.feeds = [try feed(server, "nagar", "/nagar.xml"), try feed(server, "atom", "/atom.xml", interval: .seconds(60)),
                               try feed(server, "gzip", "/gzip.xml", interval: .seconds(60))]
        try await DaemonHarness.with(configuration) { harness in
            let connection = harness.connection
            try await DaemonHarness.waitUntil("three polls of nagar, the later ones 304") {
                let row = try FeedStateStore.row(feed: "nagar", connection: connection)
                return (row?.notModified ?? 0) >= 2
            }
            try await DaemonHarness.waitUntil("timelines hold all 7 articles") {
                try DaemonHarness.count(connection, "SELECT count(*) AS n FROM timeline_articles") == 7
            }
            let nagar = try XCTUnwrap(FeedStateStore.row(feed: "nagar", connection: connection))
            XCTAssertEqual(nagar.etag, Self.etag)
            XCTAssertEqual(nagar.itemsIngested, 3, "the 304 polls ingested nothing")
            XCTAssertEqual(nagar.itemsQuarantined, 1)
            XCTAssertEqual(nagar.errors, 0)
            XCTAssertEqual(nagar.consecutiveFailures, 0)
            XCTAssertNotNil(nagar.lastSuccessAt)
            let counts = try DaemonHarness.articleCounts(connection)
            XCTAssertEqual(counts.streams, 7)
            XCTAssertEqual(counts.events, 7, "3 RSS + 2 Atom + 2 gzip articles, each recorded once")

            let quarantine = try FeedStateStore.quarantined(connection)
            XCTAssertEqual(quarantine.map(\.itemIdentity), ["urn:test:nagar-undated"])
            XCTAssertTrue(quarantine.first?.reason.contains("pubDate") ?? false, "\(quarantine)")

            let title = try connection.query("SELECT title, published::text AS day, tags FROM timeline_articles WHERE identifier = $1",
                                             ["urn:test:atom-1"])
            XCTAssertEqual(title.first?["title"], "बजट सत्र")
            XCTAssertEqual(title.first?["day"], "2025-07-14")

            let requests = server.requests.filter { $0.path == "/nagar.xml" }
            XCTAssertGreaterThanOrEqual(requests.count, 3)
            XCTAssertEqual(requests.first?.headers["user-agent"], "timeline-daemon-test/1")
            XCTAssertNil(requests.first?.headers["if-none-match"])
            XCTAssertEqual(requests.last?.headers["if-none-match"], Self.etag)

            // What people see: `timeline feeds`, `timeline feeds --quarantine`, `timeline status`.
            let feeds = try DaemonProcess.command(["feeds", "--database-url", harness.url])
            XCTAssertEqual(feeds.status, 0, feeds.output)
            XCTAssertTrue(feeds.output.contains("nagar") && feeds.output.contains("last success"), feeds.output)
            let quarantined = try DaemonProcess.command(["feeds", "--quarantine", "--database-url", harness.url])
            XCTAssertTrue(quarantined.output.contains("urn:test:nagar-undated"), quarantined.output)
            XCTAssertTrue(quarantined.output.contains("no pubDate/published/updated"), quarantined.output)
            let status = try DaemonProcess.command(["status", "--database-url", harness.url])
            XCTAssertTrue(status.output.contains("feeds:       3 feeds, 0 failing, 7 items ingested, 1 items quarantined"), status.output)
        }
    }

    func testEveryBadFeedIsACountedErrorOfItsOwnWhileTheGoodFeedGoesOn() async throws {
        let server = try TestHTTPServer(handler: Self.route)
        defer { server.stop() }
        var configuration = DaemonConfiguration()
        configuration.backoffBase = .milliseconds(500)
        configuration.backoffMax = .seconds(1)
        let bad = ["malformed": "/malformed.xml", "latin": "/latin.xml", "page": "/page.html", "huge": "/huge.xml",
                   "missing": "/missing.xml", "broken": "/broken.xml", "slow": "/slow.xml"]
        configuration.feeds = try bad.sorted { $0.key < $1.key }.map { try feed(server, $0.key, $0.value) }
            + [try feed(server, "nagar", "/nagar.xml")]
        let expected = ["malformed": "malformedXML", "latin": "undecodableBytes", "page": "htmlPage", "huge": "exceeds the limit",
                        "missing": "HTTP 404", "broken": "HTTP 500", "slow": "within 1.0 s"]
        try await DaemonHarness.with(configuration) { harness in
            let connection = harness.connection
            try await DaemonHarness.waitUntil("every bad feed failed twice, the good one polled twice", timeout: .seconds(30)) {
                let rows = try FeedStateStore.all(connection)
                let good = rows.first { $0.feed == "nagar" }
                return rows.count == 8 && rows.filter { $0.feed != "nagar" }.allSatisfy { $0.errors >= 2 }
                    && (good?.polls ?? 0) >= 2
            }
            let rows = try FeedStateStore.all(connection)
            for row in rows where row.feed != "nagar" {
                let words = try XCTUnwrap(expected[row.feed])
                XCTAssertTrue(row.lastError?.contains(words) ?? false, "\(row.feed): \(row.lastError ?? "no error")")
                XCTAssertGreaterThanOrEqual(row.consecutiveFailures, 2)
                XCTAssertEqual(row.itemsIngested, 0)
            }
            let good = try XCTUnwrap(rows.first { $0.feed == "nagar" })
            XCTAssertEqual(good.errors, 0)
            XCTAssertEqual(good.itemsIngested, 3)
            XCTAssertEqual(try DaemonHarness.articleCounts(connection).streams, 3)
            XCTAssertLessThan(server.streamedBytes, 10 * 1024 * 1024, "the 50 MB body was cut off near the limit")
            XCTAssertGreaterThanOrEqual(harness.daemon.metrics.render().components(separatedBy: "timeline_daemon_errors_total{").count, 8)
        }
    }
}
