import Daemon
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking  // Data(contentsOf:) of an http URL
#endif
import Postgres
import XCTest

/// The spool watcher inside a running daemon: complete files only, done/ and rejected/ with reasons.
final class SpoolWatcherTests: XCTestCase {
    private func makeSpool() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("spool-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        return root
    }

    private func drop(_ text: String, as name: String, in root: URL) throws {
        let temporary = root.appendingPathComponent(".\(name)")
        try Data(text.utf8).write(to: temporary)
        try FileManager.default.moveItem(at: temporary, to: root.appendingPathComponent(name))
    }

    func testFilesAreIngestedMovedAndRejectedWithReasons() async throws {
        let root = try makeSpool()
        defer { try? FileManager.default.removeItem(at: root) }
        // Present before the daemon starts: a partial file and a dotfile are never taken.
        try Data(FeedDocuments.articleLine(id: "adhura").utf8).write(to: root.appendingPathComponent("adhura.jsonl.tmp"))
        try Data(FeedDocuments.articleLine(id: "chhupa").utf8).write(to: root.appendingPathComponent(".chhupa.jsonl"))

        var configuration = DaemonConfiguration()
        configuration.spool = DaemonConfiguration.Spool(directory: root, scanInterval: .milliseconds(100), batchArticles: 2)
        try await DaemonHarness.with(configuration) { harness in
            let good = (1...3).map { FeedDocuments.articleLine(id: "s\($0)") }.joined(separator: "\n")
            try drop(good, as: "01-good.jsonl", in: root)
            let partly = [FeedDocuments.articleLine(id: "p1"), #"{"id": "p2", "title": "बिना तारीख़", "text": "कोई तिथि नहीं।"}"#,
                          "{ यह JSON नहीं", FeedDocuments.articleLine(id: "p4")].joined(separator: "\n")
            try drop(partly, as: "02-partly.jsonl", in: root)
            try drop("बस कुछ शब्द, कोई लेख नहीं", as: "03-garbage.bin", in: root)
            try drop(FeedDocuments.rss(prefix: "spool", count: 2), as: "04-feed.xml", in: root)
            try drop("[" + FeedDocuments.articleLine(id: "j1") + "]", as: "05-array.json", in: root)
            try drop(FeedDocuments.malformed, as: "06-broken.xml", in: root)

            let connection = harness.connection
            try await DaemonHarness.waitUntil("all six files processed") {
                let left = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { !$0.hasPrefix(".") && !$0.hasSuffix(".tmp") }
                return Set(left) == ["done", "rejected"]
            }
            try await DaemonHarness.waitUntil("timelines hold the 8 articles") {
                try DaemonHarness.count(connection, "SELECT count(*) AS n FROM timeline_articles") == 8
            }
            let done = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("done").path).sorted()
            XCTAssertEqual(done, ["01-good.jsonl", "02-partly.jsonl", "02-partly.jsonl.reason", "04-feed.xml", "04-feed.xml.reason", "05-array.json"])
            let rejected = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("rejected").path).sorted()
            XCTAssertEqual(rejected, ["03-garbage.bin", "03-garbage.bin.reason", "06-broken.xml", "06-broken.xml.reason"])

            let partlyReason = try String(contentsOf: root.appendingPathComponent("done/02-partly.jsonl.reason"), encoding: .utf8)
            XCTAssertTrue(partlyReason.contains("02-partly.jsonl:2 field 'published': is missing"), partlyReason)
            XCTAssertTrue(partlyReason.contains("02-partly.jsonl:3"), partlyReason)
            XCTAssertFalse(partlyReason.contains(":1 ") || partlyReason.contains(":4 "), partlyReason)
            let garbage = try String(contentsOf: root.appendingPathComponent("rejected/03-garbage.bin.reason"), encoding: .utf8)
            XCTAssertTrue(garbage.contains("neither JSON, JSON Lines, RSS nor Atom"), garbage)
            let broken = try String(contentsOf: root.appendingPathComponent("rejected/06-broken.xml.reason"), encoding: .utf8)
            XCTAssertTrue(broken.contains("malformedXML"), broken)
            let feedReason = try String(contentsOf: root.appendingPathComponent("done/04-feed.xml.reason"), encoding: .utf8)
            XCTAssertTrue(feedReason.contains("urn:test:spool-undated"), feedReason)

            // 3 good + 2 of the partly bad file + 2 feed items + 1 from the array; nothing from the hidden files.
            let counts = try DaemonHarness.articleCounts(connection)
            XCTAssertEqual(counts.streams, 8)
            XCTAssertEqual(counts.events, 8)
            XCTAssertTrue(FileManager.default.fileExists(atPath: root.appendingPathComponent("adhura.jsonl.tmp").path))
            XCTAssertTrue(FileManager.default.fileExists(atPath: root.appendingPathComponent(".chhupa.jsonl").path))

            // The same file dropped again is taken, and records nothing new.
            try drop(good, as: "07-again.jsonl", in: root)
            try await DaemonHarness.waitUntil("the repeated file is processed") {
                FileManager.default.fileExists(atPath: root.appendingPathComponent("done/07-again.jsonl").path)
            }
            XCTAssertEqual(try DaemonHarness.articleCounts(connection).events, 8)
        }
    }

    func testMarkupThatIsNoFeedIsRejectedWithTheParsersReason() async throws {
        let root = try makeSpool()
        defer { try? FileManager.default.removeItem(at: root) }
        var configuration = DaemonConfiguration()
        configuration.spool = DaemonConfiguration.Spool(directory: root, scanInterval: .milliseconds(100))
        try await DaemonHarness.with(configuration) { _ in
            try drop("\n\n   <?xml version=\"1.0\"?>\n<opml version=\"2.0\"><body/></opml>", as: "suchi.xml", in: root)
            try drop(FeedDocuments.htmlPage, as: "prishth.xml", in: root)
            try await DaemonHarness.waitUntil("both files rejected") {
                try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("rejected").path).count == 4
            }
            let opml = try String(contentsOf: root.appendingPathComponent("rejected/suchi.xml.reason"), encoding: .utf8)
            XCTAssertTrue(opml.contains("unsupportedRoot") && opml.contains("<opml>"), opml)
            let page = try String(contentsOf: root.appendingPathComponent("rejected/prishth.xml.reason"), encoding: .utf8)
            XCTAssertTrue(page.contains("htmlPage"), page)
        }
    }

    func testMetricsServerAnswersOnLoopbackInPrometheusText() async throws {
        let root = try makeSpool()
        defer { try? FileManager.default.removeItem(at: root) }
        var configuration = DaemonConfiguration()
        configuration.spool = DaemonConfiguration.Spool(directory: root, scanInterval: .milliseconds(100))
        configuration.metricsPort = 0
        try await DaemonHarness.with(configuration) { harness in
            try drop(FeedDocuments.articleLine(id: "m1") + "\n" + FeedDocuments.articleLine(id: "m2"), as: "m.jsonl", in: root)
            try await DaemonHarness.waitUntil("the file is done") {
                FileManager.default.fileExists(atPath: root.appendingPathComponent("done/m.jsonl").path)
            }
            let port = try XCTUnwrap(harness.daemon.metricsServer?.port)
            let url = try XCTUnwrap(URL(string: "http://127.0.0.1:\(port)/metrics"))
            var body = ""
            let head = try DaemonHarness.count(harness.connection, "SELECT max(position) AS n FROM events")
            try await DaemonHarness.waitUntil("metrics show the projection caught up") {
                body = String(decoding: try Data(contentsOf: url), as: UTF8.self)
                return body.contains("timeline_daemon_projection_lag_events 0") && body.contains("timeline_daemon_projection_applied_total \(head)")
            }
            XCTAssertTrue(body.contains("# TYPE timeline_daemon_items_ingested_total counter"), body)
            XCTAssertTrue(body.contains("timeline_daemon_items_ingested_total{source=\"spool\"} 2"), body)
            XCTAssertTrue(body.contains("timeline_daemon_spool_files_total{outcome=\"done\"} 1"), body)
        }
    }
}
