@testable import Daemon
import XCTest

/// The leases a daemon holds, as its pollers see them: waiting for a lease, and a feed being
/// polled never given away.
final class FeedLeasesTests: XCTestCase {
    func testAFeedBeingPolledIsNeverTakenToBeGivenBack() {
        let leases = FeedLeases()
        leases.add(["desh", "videsh", "rajya"])
        XCTAssertTrue(leases.beginPoll("desh"))
        XCTAssertEqual(leases.takeIdle(3), ["rajya", "videsh"])
        XCTAssertEqual(leases.feeds, ["desh"])
        XCTAssertFalse(leases.beginPoll("videsh"), "a feed given back is not polled")
        leases.endPoll("desh")
        XCTAssertEqual(leases.takeIdle(1), ["desh"])
        XCTAssertTrue(leases.feeds.isEmpty)
    }

    func testAWaitingPollerGoesOnWhenItsFeedIsClaimedAndAgainWhenItIsLost() async throws {
        let leases = FeedLeases()
        let claimed = Task { await leases.waitUntil("khel", isHeld: true) }
        leases.add(["desh"])
        leases.add(["khel"])
        await claimed.value
        let lost = Task { await leases.waitUntil("khel", isHeld: false) }
        let lostAll = leases.replace(with: ["desh"])
        await lost.value
        XCTAssertEqual(lostAll, ["khel"])
        await leases.waitUntil("desh", isHeld: true)  // held already: returns at once
    }

    func testASleepEndsEarlyWhenTheLeaseIsLostAndAWaitEndsWhenCancelled() async throws {
        let leases = FeedLeases()
        leases.add(["mausam"])
        let started = ContinuousClock.now
        let sleeper = Task { try await leases.sleep(for: .seconds(60), whileHolding: "mausam") }
        leases.lose("mausam")
        try await sleeper.value
        XCTAssertLessThan(ContinuousClock.now - started, .seconds(30))
        let waiter = Task { await leases.waitUntil("mausam", isHeld: true) }
        waiter.cancel()
        await waiter.value
    }

    func testAShareCoversEveryFeed() {
        XCTAssertEqual(LeaseKeeper.share(feeds: 30, members: 1), 30)
        XCTAssertEqual(LeaseKeeper.share(feeds: 30, members: 3), 10)
        XCTAssertEqual(LeaseKeeper.share(feeds: 31, members: 3), 11)
        XCTAssertEqual(LeaseKeeper.share(feeds: 2, members: 3), 1)
        XCTAssertEqual(LeaseKeeper.share(feeds: 5, members: 0), 5)
    }
}
