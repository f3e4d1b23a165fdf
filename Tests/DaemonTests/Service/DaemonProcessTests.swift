import EventStore
import Foundation
import HTTPTestSupport
import Postgres
import PostgresTestSupport
import XCTest

/// The `timeline daemon` executable: graceful SIGTERM, and `kill -9` at points the test sees it reach.
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

    func testKillNineAtObservedPointsNeitherLosesNorDoublesAnItem() async throws {
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
        let connection = try PostgresConnection.connect(url)
        defer { connection.close() }
        try Migrator(connection: connection, directory: try DaemonHarness.sqlDirectory()).migrate()
        func pending() throws -> Int { try FileManager.default.contentsOfDirectory(atPath: spool.path).filter { $0.hasSuffix(".jsonl") }.count }
        func recorded() throws -> Int64 { try DaemonHarness.articleCounts(connection).streams }

        // Appends to the log wait at a gate the test holds (a lock on `events`), so each daemon is
        // killed at a point the test sees it reach. A batch is one file of 50 articles and its append
        // one transaction; a turn of the gate lets the append waiting at it through (the other batch
        // in flight waits for the log's append lock behind it). A daemon is killed after `turns`
        // batches, either while its next append waits at the gate or at once, while the batch just
        // let through is being recorded and its file moved. The gate is shut by then, so work
        // provably remains at every kill.
        let killPoints: [(turns: Int, waitingAtTheGate: Bool)] = [
            (0, true), (2, true), (1, false), (3, true), (2, false), (0, true), (4, true), (1, false),
        ]
        let gate = try LockGate(url: url, table: "events")
        for (index, point) in killPoints.enumerated() {
            let daemon = try DaemonProcess(config: config, databaseURL: url)
            do {
                try gate.waitForWaiters()
                for turn in 0..<point.turns {
                    // A turn passes at most the two batches in flight: 100 articles.
                    guard try recorded() < 1_900 else { break }
                    try gate.letThrough()
                    if turn < point.turns - 1 || point.waitingAtTheGate { try gate.waitForWaiters() }
                }
            } catch {
                XCTFail("kill \(index + 1): \(error)\n\(daemon.log)")
                throw error
            }
            daemon.kill9()
            // The daemon is dead and the log's writers wait at the gate: what is seen now is where the kill left it.
            let left = try pending(), inLog = try recorded()
            print("kill \(index + 1) (\(point.turns) turns, \(point.waitingAtTheGate ? "at the gate" : "after a turn")): "
                  + "\(left) files pending, \(inLog) of 2000 articles in the log")
            XCTAssertGreaterThan(left, 0, "kill \(index + 1) interrupted the ingest: files were still pending")
            XCTAssertLessThan(inLog, 2_000, "kill \(index + 1) interrupted the ingest: articles were still to be recorded")
            // A killed daemon's statement waiting at the gate may still commit once it opens; its
            // sessions end then. The next daemon starts on that settled state.
            try gate.open()
            try await DaemonHarness.waitUntil("the killed daemon's sessions ended") { try gate.otherSessions(besides: [connection]) == 0 }
            if index < killPoints.count - 1 { try gate.shut() }
        }

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
