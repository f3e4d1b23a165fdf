import Daemon
import Dispatch
import Foundation
import HTTPTestSupport
import PostgresTestSupport
import Postgres
import Synchronization
import XCTest

/// A graceful shutdown that reaches a feed's poller while its fetch is under way lets that poll
/// finish: the item reaches the log and the poll is recorded (counted, validators kept), so the
/// feed's counts agree with the log and the next daemon does not take the item for new.
final class FeedPollerShutdownTests: XCTestCase {
    func testAShutdownDuringAFetchLetsThePollIngestAndRecordItsItem() async throws {
        let requests = Atomic<Int>(0)
        let release = DispatchSemaphore(value: 0)
        let server = try TestHTTPServer { request in
            guard request.path == "/dheema.xml" else { return .send(status: 404, headers: [:], body: []) }
            // The first fetch is answered only once the test has seen the shutdown reach the poller.
            if requests.add(1, ordering: .relaxed).newValue == 1 { release.wait() }
            return .send(status: 200, headers: ["Content-Type": "application/rss+xml; charset=utf-8", "ETag": "\"a\""],
                         body: Array(ChangingItem.rss(ChangingItem.textA, withNewcomer: false).utf8))
        }
        defer { server.stop() }
        var configuration = DaemonConfiguration()
        configuration.feeds = [DaemonConfiguration.Feed(
            name: "dheema", url: try XCTUnwrap(URL(string: server.base + "/dheema.xml")), interval: .seconds(60),
            timeout: .seconds(20), maxBytes: 1 << 20)]
        let log = RecordedLog()
        try await TestDatabase.withFresh { connection, url in
            let daemon = try Daemon(configuration: configuration, database: try PostgresConfiguration(url: url),
                                    sqlDirectory: try DaemonHarness.sqlDirectory(), logger: log.logger, signals: false)
            let running = Task { try await daemon.run() }
            do {
                try await DaemonHarness.waitUntil("the fetch under way") { requests.load(ordering: .relaxed) == 1 }
                await daemon.shutdown()
                try await DaemonHarness.waitUntil("the shutdown at the poller") {
                    log.contains("Triggering graceful shutdown for service", withMetadataStarting: "FeedPoller(")
                }
            } catch {
                release.signal()
                throw error
            }
            release.signal()
            try await running.value

            XCTAssertEqual(try ChangingItem.revisions(of: ChangingItem.identity, connection), [ChangingItem.textA])
            let state = try XCTUnwrap(FeedStateStore.row(feed: "dheema", connection: connection))
            XCTAssertEqual(state.polls, 1, "the poll is recorded")
            XCTAssertEqual(state.itemsIngested, 1, "and its item counted")
            XCTAssertEqual(state.etag, "\"a\"", "with the validators of the body it ingested")
            XCTAssertEqual(requests.load(ordering: .relaxed), 1, "no poll after the shutdown")
        }
    }
}
