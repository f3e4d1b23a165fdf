import Daemon
import EventStore
import Postgres
import PostgresTestSupport
import XCTest

/// The lease columns of `feed_state` against a real PostgreSQL: claim, renew, expiry, release,
/// and two members claiming at the same moment never getting the same feed.
final class FeedLeaseStoreTests: XCTestCase {
    static let feeds = ["desh", "videsh", "rajya", "khel", "mausam"]

    /// A migrated database with the five feeds registered.
    private func withFeeds(_ body: (PostgresConnection, String) throws -> Void) throws {
        try TestDatabase.withFresh { connection, url in
            try Migrator(connection: connection, directory: try DaemonHarness.sqlDirectory()).migrate()
            for feed in Self.feeds { try FeedStateStore.register(feed: feed, url: "http://127.0.0.1:9/\(feed).xml", connection: connection) }
            try body(connection, url)
        }
    }

    func testAClaimTakesFreeLeasesUpToItsLimitAndNeverAnotherMembersLiveOne() throws {
        try withFeeds { connection, _ in
            let first = try FeedLeaseStore.claim(member: "ek", among: Self.feeds, leaseSeconds: 30, limit: 3, connection: connection)
            XCTAssertEqual(first.count, 3)
            let second = try FeedLeaseStore.claim(member: "do", among: Self.feeds, leaseSeconds: 30, limit: 5, connection: connection)
            XCTAssertEqual(Set(second), Set(Self.feeds).subtracting(first), "only the two free feeds")
            XCTAssertEqual(try FeedLeaseStore.claim(member: "teen", among: Self.feeds, leaseSeconds: 30, limit: 5, connection: connection), [])
            XCTAssertEqual(try FeedLeaseStore.claim(member: "ek", among: Self.feeds, leaseSeconds: 30, limit: 5, connection: connection), [],
                           "a member's own live leases are renewed, not claimed")
            let holders = try FeedLeaseStore.holders(connection)
            XCTAssertEqual(holders.count, 5)
            XCTAssertEqual(Set(holders.filter { $0.value == "ek" }.keys), Set(first))
            let row = try XCTUnwrap(FeedStateStore.row(feed: first[0], connection: connection))
            XCTAssertEqual(row.leasedBy, "ek")
            XCTAssertEqual(try XCTUnwrap(row.leaseSecondsLeft), 30, accuracy: 2)
        }
    }

    func testARenewalExtendsOnlyTheMembersOwnLeases() throws {
        try withFeeds { connection, _ in
            let mine = try FeedLeaseStore.claim(member: "ek", among: Self.feeds, leaseSeconds: 5, limit: 2, connection: connection)
            _ = try FeedLeaseStore.claim(member: "do", among: Self.feeds, leaseSeconds: 5, limit: 3, connection: connection)
            XCTAssertEqual(try FeedLeaseStore.renew(member: "ek", among: Self.feeds, leaseSeconds: 600, connection: connection), mine)
            for feed in Self.feeds {
                let row = try XCTUnwrap(FeedStateStore.row(feed: feed, connection: connection))
                XCTAssertEqual(try XCTUnwrap(row.leaseSecondsLeft), mine.contains(feed) ? 600 : 5, accuracy: 2, feed)
            }
            XCTAssertTrue(try FeedLeaseStore.renew(feed: mine[0], member: "ek", leaseSeconds: 60, connection: connection))
            XCTAssertFalse(try FeedLeaseStore.renew(feed: mine[0], member: "do", leaseSeconds: 60, connection: connection))
        }
    }

    func testAnExpiredLeaseIsClaimedByAnotherMemberAndItsHolderNoLongerHoldsIt() throws {
        try withFeeds { connection, _ in
            let mine = try FeedLeaseStore.claim(member: "ek", among: Self.feeds, leaseSeconds: 30, limit: 5, connection: connection)
            XCTAssertEqual(mine.count, 5)
            // "ek" died: its leases ran out (set back in time rather than waited for).
            try connection.query("UPDATE feed_state SET lease_expires_at = now() - interval '1 second' WHERE feed = ANY($1::text[])",
                                 [.array(["desh", "khel"])])
            let taken = try FeedLeaseStore.claim(member: "do", among: Self.feeds, leaseSeconds: 30, limit: 5, connection: connection)
            XCTAssertEqual(taken, ["desh", "khel"])
            XCTAssertEqual(try FeedLeaseStore.renew(member: "ek", among: Self.feeds, leaseSeconds: 30, connection: connection),
                           ["mausam", "rajya", "videsh"])
            try connection.transaction { connection in
                XCTAssertFalse(try FeedLeaseStore.holds(feed: "desh", member: "ek", connection: connection))
                XCTAssertTrue(try FeedLeaseStore.holds(feed: "desh", member: "do", connection: connection))
            }
            // An expired lease nobody claimed is still its holder's to renew.
            try connection.query("UPDATE feed_state SET lease_expires_at = now() - interval '1 second' WHERE feed = 'rajya'")
            XCTAssertTrue(try FeedLeaseStore.renew(feed: "rajya", member: "ek", leaseSeconds: 30, connection: connection))
        }
    }

    func testAReleasedLeaseIsFreeAtOnce() throws {
        try withFeeds { connection, _ in
            _ = try FeedLeaseStore.claim(member: "ek", among: Self.feeds, leaseSeconds: 30, limit: 5, connection: connection)
            XCTAssertEqual(try FeedLeaseStore.release(member: "ek", feeds: ["videsh"], connection: connection), ["videsh"])
            XCTAssertEqual(try FeedLeaseStore.release(member: "do", connection: connection), [], "nothing of another member's")
            XCTAssertEqual(try FeedLeaseStore.claim(member: "do", among: Self.feeds, leaseSeconds: 30, limit: 5, connection: connection), ["videsh"])
            XCTAssertEqual(try FeedLeaseStore.release(member: "ek", connection: connection), ["desh", "khel", "mausam", "rajya"])
            let row = try XCTUnwrap(FeedStateStore.row(feed: "khel", connection: connection))
            XCTAssertNil(row.leasedBy)
            XCTAssertNil(row.leaseExpiresAt)
        }
    }

    func testTwoClaimsAtTheSameMomentSkipEachOthersLockedRowsAndNeverShareAFeed() throws {
        try withFeeds { connection, url in
            let other = try PostgresConnection.connect(url)
            defer { other.close() }
            // "ek" claims inside a transaction still open: its rows stay locked.
            try connection.query("BEGIN")
            let first = try FeedLeaseStore.claim(member: "ek", among: Self.feeds, leaseSeconds: 30, limit: 3, connection: connection)
            // "do" neither waits for them nor takes them; it gets the others.
            try other.query("SET lock_timeout = '2s'")
            let second = try FeedLeaseStore.claim(member: "do", among: Self.feeds, leaseSeconds: 30, limit: 5, connection: other)
            try connection.query("COMMIT")
            XCTAssertEqual(first.count, 3)
            XCTAssertEqual(second.count, 2)
            XCTAssertTrue(Set(first).isDisjoint(with: second))
            let holders = try FeedLeaseStore.holders(connection)
            XCTAssertEqual(holders.count, 5)
            for feed in first { XCTAssertEqual(holders[feed], "ek") }
            for feed in second { XCTAssertEqual(holders[feed], "do") }
        }
    }

    func testAMemberIsLiveUntilItsLeaseDurationPassesWithoutAHeartbeat() throws {
        try withFeeds { connection, _ in
            func member(_ name: String, spool: String?) -> FleetMemberStore.Member {
                FleetMemberStore.Member(name: name, host: "khabar-1", pid: 4121, spoolDirectory: spool, leaseSeconds: 30)
            }
            try FleetMemberStore.heartbeat(member("ek", spool: "/var/spool/ek"), connection: connection)
            try FleetMemberStore.heartbeat(member("do", spool: "/var/spool/ek"), connection: connection)
            try FleetMemberStore.heartbeat(member("teen", spool: "/var/spool/teen"), connection: connection)
            XCTAssertEqual(try FleetMemberStore.liveCount(connection), 3)
            XCTAssertEqual(try FleetMemberStore.liveSharingSpool("/var/spool/ek", host: "khabar-1", except: "ek", connection: connection).map(\.name),
                           ["do"])
            XCTAssertEqual(try FleetMemberStore.liveSharingSpool("/var/spool/ek", host: "khabar-2", except: "ek", connection: connection).count, 0)
            try connection.query("UPDATE daemon_members SET seen_at = now() - interval '31 seconds' WHERE member = 'teen'")
            XCTAssertEqual(try FleetMemberStore.liveCount(connection), 2)
            try FleetMemberStore.leave(member: "do", connection: connection)
            XCTAssertEqual(try FleetMemberStore.liveCount(connection), 1)
        }
    }
}
