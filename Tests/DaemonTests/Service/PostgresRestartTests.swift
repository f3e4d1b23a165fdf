import Daemon
import EmbeddedPostgres
import Foundation
import HTTPTestSupport
import Postgres
import XCTest

/// PostgreSQL stopped and started again under a running daemon: it waits, reconnects, and loses nothing.
/// Uses a cluster of its own (under a temporary home) so stopping it disturbs no other test.
final class PostgresRestartTests: XCTestCase {
    func testDaemonRidesOutAPostgresRestartWithNothingLost() async throws {
        let home = URL(fileURLWithPath: "/tmp/timeline-restart-\(getpid())-\(UUID().uuidString.prefix(8))", isDirectory: true)
        let cluster = EmbeddedCluster(home: home, durability: .fastUnsafe)
        defer {
            try? cluster.stop()
            try? FileManager.default.removeItem(at: home)
        }
        let server = try PostgresConfiguration(url: try cluster.start().url)
        let admin = try PostgresConnection.connect(server)
        try admin.createDatabase("restart")
        admin.close()
        let url = server.withDatabase("restart").url(includingPassword: false)

        let feedServer = try TestHTTPServer { _ in
            .send(status: 200, headers: ["Content-Type": "application/rss+xml"], body: Array(FeedDocuments.rss(prefix: "restart", count: 5).utf8))
        }
        defer { feedServer.stop() }
        let spool = FileManager.default.temporaryDirectory.appendingPathComponent("restart-spool-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: spool, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: spool) }
        func dropFiles(_ range: Range<Int>) throws {
            for file in range {
                let lines = (0..<50).map { FeedDocuments.articleLine(id: "r\(file * 50 + $0)", text: "परिषद ने प्रस्ताव \(file * 50 + $0) पारित किया।") }
                let name = String(format: "restart-%03d.jsonl", file)
                try Data(lines.joined(separator: "\n").utf8).write(to: spool.appendingPathComponent(name + ".tmp"))
                try FileManager.default.moveItem(at: spool.appendingPathComponent(name + ".tmp"), to: spool.appendingPathComponent(name))
            }
        }
        try dropFiles(0..<10)

        var configuration = DaemonConfiguration()
        configuration.spool = DaemonConfiguration.Spool(directory: spool, scanInterval: .milliseconds(100), batchArticles: 50)
        configuration.feeds = [DaemonConfiguration.Feed(
            name: "punarambh", url: try XCTUnwrap(URL(string: feedServer.base + "/feed.xml")), interval: .milliseconds(300), timeout: .seconds(2))]
        let log = RecordedLog()
        try await DaemonHarness.with(configuration, databaseURL: url, logger: log.logger) { harness in
            try await DaemonHarness.waitUntil("some articles are in") {
                try DaemonHarness.articleCounts(harness.connection).streams > 0
            }
            harness.connection.close()
            try cluster.stop()
            // Files keep arriving while the database is away; it comes back once the daemon has found it gone.
            try dropFiles(10..<20)
            try await DaemonHarness.waitUntil("the daemon found the database gone") {
                log.contains("database unavailable; retrying with backoff")
            }
            _ = try cluster.start()
            let connection = try PostgresConnection.connect(url)
            defer { connection.close() }
            let pollsAtRestart = try FeedStateStore.row(feed: "punarambh", connection: connection)?.polls ?? 0
            try await DaemonHarness.waitUntil("all 1,005 articles arrived", timeout: .seconds(60)) {
                try DaemonHarness.articleCounts(connection).streams == 1_005
            }
            try await DaemonHarness.waitUntil("the spool is drained") {
                try FileManager.default.contentsOfDirectory(atPath: spool.path).filter { $0.hasSuffix(".jsonl") }.isEmpty
            }
            try await DaemonHarness.waitUntil("the feed is polled again after the restart") {
                let row = try FeedStateStore.row(feed: "punarambh", connection: connection)
                return (row?.polls ?? 0) > pollsAtRestart
            }
            let counts = try DaemonHarness.articleCounts(connection)
            XCTAssertEqual(counts.streams, 1_005)
            XCTAssertEqual(counts.events, 1_005, "no article recorded twice")
            XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: spool.appendingPathComponent("done").path).count, 20)
            XCTAssertTrue(try FileManager.default.contentsOfDirectory(atPath: spool.appendingPathComponent("rejected").path).isEmpty)
            XCTAssertEqual(try FeedStateStore.row(feed: "punarambh", connection: connection)?.itemsIngested, 5)
        }
    }
}
