import Daemon
import Foundation
import HTTPTestSupport
import PostgresTestSupport
import Postgres
import Synchronization
import XCTest

/// A feed whose item changes and changes back (A → B → A), over HTTP on 127.0.0.1, with a daemon
/// restart in between: every version is recorded, the feed never fails, and the new item served
/// beside the return is ingested.
final class ChangingFeedItemTests: XCTestCase {
    /// What the server serves now: the test moves it on.
    final class Stage: Sendable {
        private let document = Mutex(ChangingItem.rss(ChangingItem.textA, withNewcomer: false))
        func serve(_ text: String, withNewcomer: Bool) { document.withLock { $0 = ChangingItem.rss(text, withNewcomer: withNewcomer) } }
        var body: [UInt8] { Array(document.withLock { $0 }.utf8) }
    }

    func testAnItemThatChangesBackIsANewRevisionAndTheNewItemBesideItIsIngested() async throws {
        let stage = Stage()
        let server = try TestHTTPServer { request in
            request.path == "/badalti.xml"
                ? .send(status: 200, headers: ["Content-Type": "application/rss+xml; charset=utf-8"], body: stage.body)
                : .send(status: 404, headers: [:], body: [])
        }
        defer { server.stop() }
        var configuration = DaemonConfiguration()
        configuration.feeds = [DaemonConfiguration.Feed(
            name: "badalti", url: try XCTUnwrap(URL(string: server.base + "/badalti.xml")), interval: .milliseconds(200),
            timeout: .seconds(2), maxBytes: 1 << 20)]
        try await TestDatabase.withFresh { connection, url in
            try await DaemonHarness.with(configuration, databaseURL: url) { _ in
                try await DaemonHarness.waitUntil("A recorded") {
                    try ChangingItem.revisions(of: ChangingItem.identity, connection) == [ChangingItem.textA]
                }
                stage.serve(ChangingItem.textB, withNewcomer: false)
                try await DaemonHarness.waitUntil("B recorded") {
                    try ChangingItem.revisions(of: ChangingItem.identity, connection).count == 2
                }
            }
            // A new daemon on the same database: the item is back at A, and a new item stands beside it.
            stage.serve(ChangingItem.textA, withNewcomer: true)
            try await DaemonHarness.with(configuration, databaseURL: url) { _ in
                try await DaemonHarness.waitUntil("the new item recorded") {
                    try ChangingItem.revisions(of: ChangingItem.newcomer, connection) == [ChangingItem.textNew]
                }
                let polled = try XCTUnwrap(FeedStateStore.row(feed: "badalti", connection: connection)).polls
                try await DaemonHarness.waitUntil("two more polls of the same body") {
                    try XCTUnwrap(FeedStateStore.row(feed: "badalti", connection: connection)).polls >= polled + 2
                }
            }
            XCTAssertEqual(try ChangingItem.revisions(of: ChangingItem.identity, connection),
                           [ChangingItem.textA, ChangingItem.textB, ChangingItem.textA], "A → B → A: three revisions, each once")
            let state = try XCTUnwrap(FeedStateStore.row(feed: "badalti", connection: connection))
            XCTAssertEqual(state.errors, 0, state.lastError ?? "")
            XCTAssertEqual(state.consecutiveFailures, 0)
            XCTAssertEqual(state.itemsIngested, 4, "A, B, A again and the new item")
            XCTAssertEqual(try FeedStateStore.quarantined(connection), [])
        }
    }
}
