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

    func testTextWithANulByteIsStoredShownAsBackslashZero() throws {
        try TestDatabase.withFresh { connection, _ in
            try Migrator(connection: connection, directory: try DaemonHarness.sqlDirectory()).migrate()
            // Bytes of a UTF-16 document read as UTF-8 put NULs into what the daemon says of it.
            try FeedStateStore.register(feed: "solah", url: "http://127.0.0.1:9/solah.xml", connection: connection)
            try FeedStateStore.recordFailure(feed: "solah", error: "unsupported root element <\u{0}r\u{0}s\u{0}s>", retryInSeconds: 60,
                                             connection: connection)
            try FeedStateStore.quarantine(feed: "solah", items: [(identity: "urn:\u{0}1", reason: "no title and no text")], connection: connection)
            XCTAssertEqual(try FeedStateStore.row(feed: "solah", connection: connection)?.lastError, "unsupported root element <\\0r\\0s\\0s>")
            XCTAssertEqual(try FeedStateStore.quarantined(connection).map(\.itemIdentity), ["urn:\\01"])
        }
    }
}
