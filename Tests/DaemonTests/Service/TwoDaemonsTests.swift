import Daemon
import Foundation
import HTTPTestSupport
import Postgres
import PostgresTestSupport
import XCTest

/// Two daemons on one database, polling the same feed and watching the same spool: every item once.
final class TwoDaemonsTests: XCTestCase {
    func testTwoDaemonsOnOneDatabaseRecordEachItemOnce() async throws {
        let feedServer = try TestHTTPServer { _ in
            .send(status: 200, headers: ["Content-Type": "application/rss+xml"], body: Array(FeedDocuments.rss(prefix: "jodi", count: 20).utf8))
        }
        defer { feedServer.stop() }
        let spool = FileManager.default.temporaryDirectory.appendingPathComponent("two-spool-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: spool, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: spool) }
        for file in 0..<10 {
            let lines = (0..<30).map { FeedDocuments.articleLine(id: "d\(file * 30 + $0)", text: "पंचायत ने योजना \(file * 30 + $0) मंज़ूर की।") }
            try Data(lines.joined(separator: "\n").utf8).write(to: spool.appendingPathComponent("f\(file).jsonl.part"))
            try FileManager.default.moveItem(at: spool.appendingPathComponent("f\(file).jsonl.part"), to: spool.appendingPathComponent("f\(file).jsonl"))
        }
        var configuration = DaemonConfiguration()
        configuration.spool = DaemonConfiguration.Spool(directory: spool, scanInterval: .milliseconds(50), batchArticles: 30)
        configuration.feeds = [DaemonConfiguration.Feed(
            name: "jodi", url: try XCTUnwrap(URL(string: feedServer.base + "/feed.xml")), interval: .milliseconds(200), timeout: .seconds(2))]
        let url = try TestDatabase.freshDatabaseURL()
        defer { try? TestDatabase.drop(url) }
        try await DaemonHarness.with(configuration, databaseURL: url) { first in
            try await DaemonHarness.with(configuration, databaseURL: url) { _ in
                try await DaemonHarness.waitUntil("the spool is drained and the feed polled a few times") {
                    let left = try FileManager.default.contentsOfDirectory(atPath: spool.path).filter { $0.hasSuffix(".jsonl") }
                    let polls = try FeedStateStore.row(feed: "jodi", connection: first.connection)?.polls ?? 0
                    return left.isEmpty && polls >= 4
                }
            }
            let counts = try DaemonHarness.articleCounts(first.connection)
            XCTAssertEqual(counts.streams, 320)
            XCTAssertEqual(counts.events, 320, "no item recorded by both daemons")
            let done = try FileManager.default.contentsOfDirectory(atPath: spool.appendingPathComponent("done").path)
            XCTAssertEqual(done.filter { $0.hasSuffix(".jsonl") }.count, 10)
            XCTAssertTrue(try FileManager.default.contentsOfDirectory(atPath: spool.appendingPathComponent("rejected").path).isEmpty)
        }
    }
}
