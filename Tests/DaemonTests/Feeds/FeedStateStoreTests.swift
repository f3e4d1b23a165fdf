import Daemon
import EventStore
import Postgres
import PostgresTestSupport
import XCTest

/// `feed_state` and `feed_quarantine` as the pollers and the spool write them.
final class FeedStateStoreTests: XCTestCase {
    func testTheSameItemTwiceInOneQuarantineIsOneRowWithTheLastReason() throws {
        try TestDatabase.withFresh { connection, _ in
            try Migrator(connection: connection, directory: try DaemonHarness.sqlDirectory()).migrate()
            // Two undated items of one document alike (same guid, or same title and text) in one call.
            let items = [(identity: "urn:test:ek", reason: "no usable publish date"), (identity: "urn:test:do", reason: "no title and no text"),
                         (identity: "urn:test:ek", reason: "no usable publish date (again)")]
            try FeedStateStore.quarantine(feed: "spool", items: items, connection: connection)
            try FeedStateStore.quarantine(feed: "spool", items: items, connection: connection)
            let rows = try FeedStateStore.quarantined(connection).sorted { $0.itemIdentity < $1.itemIdentity }
            XCTAssertEqual(rows.map(\.itemIdentity), ["urn:test:do", "urn:test:ek"])
            XCTAssertEqual(rows.map(\.reason), ["no title and no text", "no usable publish date (again)"])
            XCTAssertEqual(rows.map(\.seenCount), [2, 2])
        }
    }
}
