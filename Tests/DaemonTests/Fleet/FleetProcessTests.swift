import Daemon
import Foundation
import HTTPTestSupport
import Postgres
import PostgresTestSupport
import Synchronization
import XCTest

/// Several `timeline daemon` processes on one database sharing feeds served on 127.0.0.1: each
/// feed polled by one daemon at a time, `kill -9` of one hands its feeds over, SIGTERM gives
/// them back at once, and every item ends up in the log exactly once.
final class FleetProcessTests: XCTestCase {
    /// A feed server for `count` feeds `/f0.xml`…: each request is logged and answered after
    /// 0.1 s (a request of one daemon stays in flight long enough for another's to overlap it),
    /// with `items()` dated items per feed.
    private func feedServer(log: FeedRequestLog, items: @escaping @Sendable () -> Int) throws -> TestHTTPServer {
        try TestHTTPServer { request in
            log.begin(path: request.path, agent: request.headers["user-agent"] ?? "")
            usleep(100_000)
            log.end(path: request.path)
            let prefix = "bedaa-" + request.path.dropFirst().replacingOccurrences(of: ".xml", with: "")
            return .send(status: 200, headers: ["Content-Type": "application/rss+xml"],
                         body: Array(FeedDocuments.rss(prefix: prefix, count: items(), undated: false).utf8))
        }
    }

    /// A daemon's configuration: its own member name, User-Agent and spool directory, the same feeds.
    private func config(
        member: String?, feeds: Int, server: TestHTTPServer, lease: Double, interval: Double, in directory: URL
    ) throws -> URL {
        let name = member ?? "anon-\(UUID().uuidString.prefix(8))"
        var text = """
            [http]
            user_agent = "fleet \(name)"
            timeout_seconds = 5
            [backoff]
            base_seconds = 0.5
            max_seconds = 2
            [projection]
            follow = false
            [spool]
            directory = "\(directory.appendingPathComponent("spool-\(name)").path)"
            [fleet]
            lease_seconds = \(lease)

            """
        if let member { text += "member = \"\(member)\"\n" }
        for index in 0..<feeds {
            text += """
                [[feeds]]
                name = "f\(index)"
                url = "\(server.base)/f\(index).xml"
                interval_seconds = \(interval)

                """
        }
        let url = directory.appendingPathComponent("daemon-\(name).toml")
        try Data(text.utf8).write(to: url)
        return url
    }

    private func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("fleet-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Feeds held per member.
    private func held(_ connection: PostgresConnection) throws -> [String: Set<String>] {
        var held: [String: Set<String>] = [:]
        for (feed, member) in try FeedLeaseStore.holders(connection) { held[member, default: []].insert(feed) }
        return held
    }

    func testThreeDaemonsShareThirtyFeedsAndKillNineHandsTheFeedsOfOneToTheOthers() async throws {
        let log = FeedRequestLog()
        let items = Atomic<Int>(2)
        let server = try feedServer(log: log) { items.load(ordering: .relaxed) }
        defer { server.stop() }
        let url = try TestDatabase.freshDatabaseURL()
        defer { try? TestDatabase.drop(url) }
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let members = ["d1", "d2", "d3"]
        let daemons = try members.map { member in
            try DaemonProcess(config: try config(member: member, feeds: 30, server: server, lease: 2, interval: 2, in: directory),
                              databaseURL: url)
        }
        defer { for daemon in daemons where daemon.process.isRunning { daemon.kill9() } }
        let connection = try PostgresConnection.connect(url)
        defer { connection.close() }

        try await DaemonHarness.waitUntil("all 30 feeds polled, their 60 items in the log, each daemon holding feeds", timeout: .seconds(90)) {
            let rows = try FeedStateStore.all(connection)
            let held = try held(connection)
            let streams = try DaemonHarness.articleCounts(connection).streams
            return rows.count == 30 && rows.allSatisfy { $0.polls >= 1 } && held.values.map(\.count).reduce(0, +) == 30
                && members.allSatisfy { !(held[$0] ?? []).isEmpty } && streams == 60
        }
        let before = try held(connection)
        print("feeds held before the kill: " + members.map { "\($0) \(before[$0]?.count ?? 0)" }.joined(separator: ", "))
        let victimFeeds = try XCTUnwrap(before["d2"])

        // kill -9 of d2, then every feed gets a third item: d2's feeds can only get theirs through d1 and d3.
        daemons[1].kill9()
        let killed = ContinuousClock.now
        items.store(3, ordering: .relaxed)
        try await DaemonHarness.waitUntil("d2's feeds taken over and all 90 items in the log", timeout: .seconds(90)) {
            let held = try held(connection)
            let streams = try DaemonHarness.articleCounts(connection).streams
            return (held["d2"] ?? []).isEmpty && held.values.map(\.count).reduce(0, +) == 30 && streams == 90
        }
        let after = try held(connection)
        print("feeds held after the kill: " + members.map { "\($0) \(after[$0]?.count ?? 0)" }.joined(separator: ", "))
        let polledSince = Set(log.entries.filter { $0.at > killed }.map { "\($0.path.dropFirst().dropLast(4))|\($0.agent)" })
        for feed in victimFeeds {
            XCTAssertTrue(polledSince.contains("\(feed)|fleet d1") || polledSince.contains("\(feed)|fleet d3"), "\(feed) polled again after the kill")
        }
        XCTAssertFalse(log.entries.contains { $0.at > killed + .milliseconds(500) && $0.agent == "fleet d2" }, "d2 is dead")

        let counts = try DaemonHarness.articleCounts(connection)
        XCTAssertEqual(counts.streams, 90, "every item is in the log")
        XCTAssertEqual(counts.events, 90, "no item was recorded twice")
        let overlapping = log.maxInFlight.filter { $0.value > 1 }
        XCTAssertTrue(overlapping.isEmpty, "feeds polled by two daemons at once: \(overlapping)")
        let changes = log.holderChanges
        print("daemon changes per feed: \(changes.values.reduce(0, +)) in all, at most \(changes.values.max() ?? 0)")
        XCTAssertLessThanOrEqual(changes.values.max() ?? 0, 4, "feeds pass from daemon to daemon only when shares change: \(changes)")

        let feeds = try DaemonProcess.command(["feeds", "--database-url", url])
        XCTAssertTrue(feeds.output.contains("lease") && feeds.output.contains("d1 ") && feeds.output.contains("d3 "), feeds.output)
        XCTAssertFalse(feeds.output.contains("d2 "), feeds.output)

        for index in [0, 2] {
            let (status, _) = try daemons[index].terminate(within: .seconds(10))
            XCTAssertEqual(status, 0, daemons[index].log)
            XCTAssertFalse(daemons[index].log.contains("same spool directory"), daemons[index].log)
        }
        XCTAssertEqual(try FeedLeaseStore.holders(connection), [:], "stopping gracefully gives the leases back")
        XCTAssertEqual(try DaemonHarness.count(connection, "SELECT count(*) AS n FROM daemon_members WHERE member <> 'd2'"), 0)
    }

    func testSIGTERMGivesTheLeasesBackAndTheOtherDaemonTakesThemAtOnce() async throws {
        let log = FeedRequestLog()
        let server = try feedServer(log: log) { 1 }
        defer { server.stop() }
        let url = try TestDatabase.freshDatabaseURL()
        defer { try? TestDatabase.drop(url) }
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        // Leases of 15 s, renewed every 5 s: the second daemon takes the feeds on its next round,
        // before the leases of the first could have expired.
        let daemons = try ["solo-1", "solo-2"].map { member in
            try DaemonProcess(config: try config(member: nil, feeds: 6, server: server, lease: 15, interval: 1, in: directory),
                              databaseURL: url, arguments: ["--member", member])
        }
        defer { for daemon in daemons where daemon.process.isRunning { daemon.kill9() } }
        let connection = try PostgresConnection.connect(url)
        defer { connection.close() }
        try await DaemonHarness.waitUntil("both daemons hold feeds", timeout: .seconds(60)) {
            let held = try held(connection)
            return held.values.map(\.count).reduce(0, +) == 6 && held["solo-1"]?.isEmpty == false && held["solo-2"]?.isEmpty == false
        }
        let given = try XCTUnwrap(held(connection)["solo-1"])
        // The earliest moment one of solo-1's leases would run out on its own, were it not renewed any more.
        let runsOut = try XCTUnwrap(try connection.query("""
            SELECT min(lease_expires_at)::text AS t FROM feed_state WHERE leased_by = 'solo-1'
            """)[0]["t"])

        let (status, took) = try daemons[0].terminate(within: .seconds(10))
        XCTAssertEqual(status, 0, daemons[0].log)
        XCTAssertLessThan(took, .seconds(10))
        XCTAssertNil(try held(connection)["solo-1"], "no lease of solo-1 is left")
        XCTAssertEqual(try DaemonHarness.count(connection, "SELECT count(*) AS n FROM daemon_members WHERE member = 'solo-1'"), 0)
        XCTAssertTrue(daemons[0].log.contains("feed leases released"), daemons[0].log)

        try await DaemonHarness.waitUntil("solo-2 holds all 6 feeds", timeout: .seconds(30)) {
            try held(connection)["solo-2"]?.count == 6
        }
        let early = try connection.query("SELECT now() < $1::timestamptz AS early", [.text(runsOut)])[0]["early"]
        XCTAssertEqual(early, "t", "solo-2 took the feeds given back before solo-1's leases could have expired")
        let handedOver = ContinuousClock.now
        try await DaemonHarness.waitUntil("solo-2 polls the feeds it took") {
            let polled = Set(log.entries.filter { $0.at > handedOver && $0.agent.hasPrefix("fleet anon") }.map { String($0.path.dropFirst().dropLast(4)) })
            return given.isSubset(of: polled)
        }
        XCTAssertEqual(try DaemonHarness.articleCounts(connection).events, 6, "one item per feed, recorded once")
        XCTAssertTrue(log.maxInFlight.allSatisfy { $0.value == 1 }, "\(log.maxInFlight)")
        let (second, _) = try daemons[1].terminate(within: .seconds(10))
        XCTAssertEqual(second, 0, daemons[1].log)
        XCTAssertEqual(try FeedLeaseStore.holders(connection), [:])
    }
}
