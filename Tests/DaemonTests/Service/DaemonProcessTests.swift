import Foundation
import HTTPTestSupport
import Postgres
import PostgresTestSupport
import XCTest

/// The `timeline daemon` executable: graceful SIGTERM, and `kill -9` at random moments.
final class DaemonProcessTests: XCTestCase {
    private func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("daemon-proc-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private func writeConfig(_ text: String, in directory: URL) throws -> URL {
        let url = directory.appendingPathComponent("daemon.toml")
        try Data(text.utf8).write(to: url)
        return url
    }

    func testSIGTERMStopsTheDaemonWithExitZeroWithinTenSeconds() async throws {
        let server = try TestHTTPServer { _ in
            .delayed(seconds: 30, then: .send(status: 200, headers: [:], body: Array(FeedDocuments.atom.utf8)))
        }
        defer { server.stop() }
        let url = try TestDatabase.freshDatabaseURL()
        defer { try? TestDatabase.drop(url) }
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        // A feed whose server never answers in time: a fetch is in flight when the signal comes.
        let config = try writeConfig("""
            [spool]
            directory = "\(directory.appendingPathComponent("spool").path)"
            [[feeds]]
            name = "dheema"
            url = "\(server.base)/slow.xml"
            timeout_seconds = 60
            """, in: directory)
        let daemon = try DaemonProcess(config: config, databaseURL: url)
        let connection = try PostgresConnection.connect(url)
        defer { connection.close() }
        try await DaemonHarness.waitUntil("the feed request is in flight") { server.requests.count >= 1 }
        let (status, took) = try daemon.terminate(within: .seconds(10))
        XCTAssertEqual(status, 0, daemon.log)
        XCTAssertLessThan(took, .seconds(10))
        XCTAssertTrue(daemon.log.contains("daemon stopped"), daemon.log)
        print(daemon.log)
        XCTAssertFalse(daemon.log.contains("password"), daemon.log)
    }

    func testKillNineAtRandomMomentsNeitherLosesNorDoublesAnItem() async throws {
        let url = try TestDatabase.freshDatabaseURL()
        defer { try? TestDatabase.drop(url) }
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let spool = directory.appendingPathComponent("spool", isDirectory: true)
        try FileManager.default.createDirectory(at: spool, withIntermediateDirectories: true)
        // 2,000 articles in 40 files of 50 lines, each written under a dot name and renamed.
        for file in 0..<40 {
            let lines = (0..<50).map { n in
                let number = file * 50 + n
                let text = "समिति ने सोमवार को बैठक \(number) की। अध्यक्ष ने कहा कि अगले महीने की 12 तारीख को फिर चर्चा होगी। "
                    + "पिछले साल जून में इसी विषय पर प्रस्ताव पारित हुआ था। सदस्यों ने शुक्रवार तक सुझाव भेजने को कहा।"
                return FeedDocuments.articleLine(id: "k\(number)", text: text)
            }
            let name = String(format: "batch-%03d.jsonl", file)
            try Data(lines.joined(separator: "\n").utf8).write(to: spool.appendingPathComponent("." + name))
            try FileManager.default.moveItem(at: spool.appendingPathComponent("." + name), to: spool.appendingPathComponent(name))
        }
        let config = try writeConfig("""
            [spool]
            directory = "\(spool.path)"
            scan_interval_seconds = 0.1
            batch_articles = 50
            """, in: directory)
        // Each daemon is killed once it has moved a file on (observed in done/), at a random moment of
        // the batches after it; the kills stop while at least 10 files (500 articles) are still pending.
        var rng = SystemRandomNumberGenerator()
        func pending() throws -> Int { try FileManager.default.contentsOfDirectory(atPath: spool.path).filter { $0.hasSuffix(".jsonl") }.count }
        func done() -> Int {
            ((try? FileManager.default.contentsOfDirectory(atPath: spool.appendingPathComponent("done").path)) ?? []).filter { $0.hasSuffix(".jsonl") }.count
        }
        var kills = 0
        while kills < 10, try pending() > 10 {
            let before = done()
            let daemon = try DaemonProcess(config: config, databaseURL: url)
            try await DaemonHarness.waitUntil("the daemon moved a file on", timeout: .seconds(60)) { try done() > before || pending() <= 10 }
            try await Task.sleep(for: .milliseconds(Int.random(in: 0...40, using: &rng)))
            daemon.kill9()
            kills += 1
        }
        let connection = try PostgresConnection.connect(url)
        defer { connection.close() }
        let afterKills = try DaemonHarness.articleCounts(connection)
        print("after \(kills) kills: \(afterKills.streams) of 2000 articles in the log")
        XCTAssertGreaterThanOrEqual(kills, 3, "the ingest was interrupted several times")
        XCTAssertLessThan(afterKills.streams, 2_000, "the kills interrupted the ingest")

        let daemon = try DaemonProcess(config: config, databaseURL: url)
        try await DaemonHarness.waitUntil("the daemon has started") { daemon.log.contains("daemon started") }
        try await DaemonHarness.waitUntil("the spool is drained", timeout: .seconds(90)) {
            try FileManager.default.contentsOfDirectory(atPath: spool.path).filter { $0.hasSuffix(".jsonl") }.isEmpty
        }
        try await DaemonHarness.waitUntil("the timelines hold 2,000 articles", timeout: .seconds(30)) {
            try DaemonHarness.count(connection, "SELECT count(*) AS n FROM timeline_articles") == 2_000
        }
        let (status, _) = try daemon.terminate(within: .seconds(10))
        XCTAssertEqual(status, 0, daemon.log)
        let counts = try DaemonHarness.articleCounts(connection)
        XCTAssertEqual(counts.streams, 2_000, "every item is in the log")
        XCTAssertEqual(counts.events, 2_000, "no item was recorded twice")
        let done = try FileManager.default.contentsOfDirectory(atPath: spool.appendingPathComponent("done").path)
        XCTAssertEqual(done.filter { $0.hasSuffix(".jsonl") }.count, 40)
        let rejected = spool.appendingPathComponent("rejected")
        for name in try FileManager.default.contentsOfDirectory(atPath: rejected.path) where name.hasSuffix(".reason") {
            XCTFail("rejected: \(name): " + ((try? String(contentsOf: rejected.appendingPathComponent(name), encoding: .utf8)) ?? ""))
        }
        XCTAssertTrue(try FileManager.default.contentsOfDirectory(atPath: rejected.path).isEmpty, daemon.log)
    }
}
