@testable import Daemon
import EventStore
import Foundation
import Postgres
import PostgresTestSupport
import XCTest

/// Rounds of two lease keepers on one database, run by hand: the first takes every feed alone,
/// and gives back the idle ones above its share once a second daemon is live.
final class LeaseKeeperTests: XCTestCase {
    func testASecondMemberGetsItsShareFromTheFirst() async throws {
        try await TestDatabase.withFresh { connection, url in
            try Migrator(connection: connection, directory: try DaemonHarness.sqlDirectory()).migrate()
            let feeds = try ["desh", "videsh", "rajya", "khel", "mausam"].map { name in
                DaemonConfiguration.Feed(name: name, url: try XCTUnwrap(URL(string: "http://127.0.0.1:9/\(name).xml")), interval: .seconds(60))
            }
            for feed in feeds { try FeedStateStore.register(feed: feed.name, url: feed.url.absoluteString, connection: connection) }
            let configuration = try PostgresConfiguration(url: url)
            func keeper(_ name: String) -> LeaseKeeper {
                LeaseKeeper(
                    member: FleetMemberStore.Member(name: name, host: "khabar-1", pid: 1, spoolDirectory: nil, leaseSeconds: 30),
                    feeds: feeds, leases: FeedLeases(),
                    link: DatabaseLink(configuration: configuration, label: "fleet-" + name, logger: DaemonHarness.quietLogger),
                    metrics: DaemonMetrics(), logger: DaemonHarness.quietLogger)
            }
            let ek = keeper("ek"), dosra = keeper("do")
            defer { ek.link.close(); dosra.link.close() }
            try await ek.keep()
            XCTAssertEqual(ek.leases.feeds.count, 5, "alone, it takes every feed")
            try await dosra.keep()
            XCTAssertEqual(dosra.leases.feeds.count, 0, "every feed is held")
            XCTAssertTrue(ek.leases.beginPoll("desh"))
            try await ek.keep()
            XCTAssertEqual(ek.leases.feeds.count, 3, "two live members: a share of 3")
            XCTAssertTrue(ek.leases.holds("desh"), "the feed being polled was kept")
            ek.leases.endPoll("desh")
            try await dosra.keep()
            XCTAssertEqual(dosra.leases.feeds.count, 2)
            XCTAssertTrue(ek.leases.feeds.isDisjoint(with: dosra.leases.feeds))
            let holders = try FeedLeaseStore.holders(connection)
            XCTAssertEqual(Set(holders.filter { $0.value == "ek" }.keys), ek.leases.feeds)
            XCTAssertEqual(Set(holders.filter { $0.value == "do" }.keys), dosra.leases.feeds)
            try await ek.keep()
            try await dosra.keep()
            XCTAssertEqual(ek.leases.feeds.count + dosra.leases.feeds.count, 5, "settled")

            // "ek" is killed and started again under the same name: its leases are its own at once.
            let before = ek.leases.feeds
            let again = keeper("ek")
            defer { again.link.close() }
            try await again.keep()
            XCTAssertEqual(again.leases.feeds, before)
        }
    }
}
