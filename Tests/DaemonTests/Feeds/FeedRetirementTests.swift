import Daemon
import Foundation
import HTTPTestSupport
import PostgresTestSupport
import Postgres
import XCTest

/// A feed removed from the configuration is shown as retired, neither due nor failing, and comes
/// back when configured again.
final class FeedRetirementTests: XCTestCase {
    func testAFeedNoLongerConfiguredIsRetiredNotDueOrFailing() async throws {
        let server = try TestHTTPServer { request in
            request.path == "/nagar.xml"
                ? .send(status: 200, headers: ["Content-Type": "application/rss+xml"], body: Array(FeedDocuments.rss(prefix: "nagar", count: 1).utf8))
                : .send(status: 404, headers: [:], body: [])
        }
        defer { server.stop() }
        func feed(_ name: String, _ path: String) throws -> DaemonConfiguration.Feed {
            DaemonConfiguration.Feed(name: name, url: try XCTUnwrap(URL(string: server.base + path)), interval: .milliseconds(200),
                                     timeout: .seconds(1), maxBytes: 1 << 20)
        }
        var both = DaemonConfiguration()
        both.backoffBase = .milliseconds(200)
        both.backoffMax = .milliseconds(400)
        both.feeds = [try feed("nagar", "/nagar.xml"), try feed("gayab", "/gayab.xml")]
        var one = both
        one.feeds = [try feed("nagar", "/nagar.xml")]
        try await TestDatabase.withFresh { connection, url in
            try await DaemonHarness.with(both, databaseURL: url) { _ in
                try await DaemonHarness.waitUntil("gayab failed") {
                    try FeedStateStore.row(feed: "gayab", connection: connection)?.consecutiveFailures ?? 0 > 0
                }
            }
            try await DaemonHarness.with(one, databaseURL: url) { harness in
                try await DaemonHarness.waitUntil("gayab retired") {
                    try FeedStateStore.row(feed: "gayab", connection: connection)?.retiredAt != nil
                }
                let row = try XCTUnwrap(FeedStateStore.row(feed: "gayab", connection: connection))
                XCTAssertFalse(FeedStateStore.isFailing(row))
                XCTAssertNil(row.nextPollAt)
                let feeds = try DaemonProcess.command(["feeds", "--database-url", harness.url])
                let line = try XCTUnwrap(feeds.output.split(separator: "\n").first { $0.contains("gayab") }, feeds.output)
                XCTAssertTrue(line.contains("retired") && !line.contains("due") && !line.contains("HTTP 404"), feeds.output)
                let status = try DaemonProcess.command(["status", "--database-url", harness.url])
                XCTAssertTrue(status.output.contains("feeds:       1 feeds, 0 failing"), status.output)
                XCTAssertTrue(status.output.contains("(1 retired feeds not counted)"), status.output)
            }
            try await DaemonHarness.with(both, databaseURL: url) { _ in
                try await DaemonHarness.waitUntil("gayab configured again") {
                    try FeedStateStore.row(feed: "gayab", connection: connection)?.retiredAt == nil
                }
            }
        }
    }
}
