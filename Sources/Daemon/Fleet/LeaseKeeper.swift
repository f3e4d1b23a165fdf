import Foundation
import Logging
import ServiceLifecycle

/// Keeps this daemon's share of the feed leases, as a service. It registers the configured feeds,
/// then every third of the lease duration it sends its heartbeat (`daemon_members`), renews the
/// leases it holds and, from the number of live members, works out its share,
/// `ceil(configured feeds / live members)`: below it, it claims free or expired leases
/// (`FOR UPDATE SKIP LOCKED`, the most overdue feeds first); above it (a daemon joined), it
/// gives back feeds that are not being polled. The ``FeedPoller``s poll only the feeds held.
///
/// It is the first service of the group, so on a graceful shutdown it is stopped last, after
/// the pollers: then it releases every lease and removes its heartbeat, and the other daemons
/// take the feeds on their next round. A daemon killed outright stops renewing; its leases
/// expire after the lease duration and the others claim them then.
///
/// Example: three daemons with 30 feeds and `lease_seconds = 30` end up with about 10 feeds
/// each; after `kill -9` of one, the other two hold 15 each within about 40 seconds.
public struct LeaseKeeper: Service {
    let member: FleetMemberStore.Member
    let feeds: [DaemonConfiguration.Feed]
    let leases: FeedLeases
    let link: DatabaseLink
    let metrics: DaemonMetrics
    let logger: Logger

    public init(
        member: FleetMemberStore.Member, feeds: [DaemonConfiguration.Feed], leases: FeedLeases, link: DatabaseLink,
        metrics: DaemonMetrics, logger: Logger
    ) {
        self.member = member
        self.feeds = feeds
        self.leases = leases
        self.link = link
        self.metrics = metrics
        var logger = logger
        logger[metadataKey: "member"] = "\(member.name)"
        self.logger = logger
    }

    /// The time between rounds: a third of the lease, so two rounds may fail before it expires.
    var round: Duration { .milliseconds(Int64(member.leaseSeconds * 1000 / 3)) }

    /// How many feeds one of `members` live daemons takes: all of them alone, else an even share
    /// rounded up (so the shares always cover every feed).
    ///
    /// Example: `share(feeds: 30, members: 3)` is 10; `share(feeds: 31, members: 3)` is 11.
    static func share(feeds: Int, members: Int) -> Int {
        let members = max(1, members)
        return (feeds + members - 1) / members
    }

    public func run() async throws {
        do {
            try await cancelWhenGracefulShutdown {
                try await register()
                await warnAboutSharedSpool()
                while true {
                    do {
                        try await keep()
                    } catch let error where !(error is CancellationError) && !Task.isCancelled {
                        metrics.error(source: "fleet")
                        logger.error("feed leases not kept this round", metadata: ["error": "\(DatabaseLink.summary(error))"])
                    }
                    try await Task.sleep(for: round)
                }
            }
        } catch is CancellationError {
            logger.debug("lease keeper stopping")
        }
        await leave()
    }

    /// Creates or updates the `feed_state` row of every configured feed (a retired one comes back).
    private func register() async throws {
        let feeds = feeds.map { (name: $0.name, url: $0.url.absoluteString) }
        try await link.run("register \(feeds.count) feeds") { connection in
            try connection.transaction { connection in
                for feed in feeds { try FeedStateStore.register(feed: feed.name, url: feed.url, connection: connection) }
            }
        }
    }

    /// One round: heartbeat, renewal, then a claim or a release towards the share.
    func keep() async throws {
        let member = member, names = feeds.map(\.name)
        let (holding, live) = try await link.run("renew feed leases") { connection in
            try FleetMemberStore.heartbeat(member, connection: connection)
            let holding = try FeedLeaseStore.renew(member: member.name, among: names, leaseSeconds: member.leaseSeconds,
                                                   connection: connection)
            return (holding, try FleetMemberStore.liveCount(connection))
        }
        let lost = leases.replace(with: Set(holding))
        if !lost.isEmpty { logger.notice("feed leases lost to other members", metadata: ["feeds": "\(lost.sorted())"]) }
        let share = Self.share(feeds: names.count, members: live)
        if holding.count < share {
            let claimed = try await link.run("claim feed leases") { connection in
                try FeedLeaseStore.claim(member: member.name, among: names, leaseSeconds: member.leaseSeconds,
                                         limit: share - holding.count, connection: connection)
            }
            leases.add(claimed)
            if !claimed.isEmpty {
                logger.info("feed leases claimed", metadata: ["feeds": "\(claimed)", "share": "\(share)", "members": "\(live)"])
            }
        } else if holding.count > share {
            let idle = leases.takeIdle(holding.count - share)
            if !idle.isEmpty {
                _ = try await link.run("give back feed leases") { connection in
                    try FeedLeaseStore.release(member: member.name, feeds: idle, connection: connection)
                }
                logger.info("feed leases given back", metadata: ["feeds": "\(idle)", "share": "\(share)", "members": "\(live)"])
            }
        }
        metrics.feedLeases(held: leases.feeds.count)
    }

    /// Another live daemon on this machine watching the same spool directory works, but
    /// each daemon of a fleet is meant to have its own: say so.
    private func warnAboutSharedSpool() async {
        guard let directory = member.spoolDirectory else { return }
        let member = member
        let others = try? await link.run("find daemons sharing the spool") { connection in
            try FleetMemberStore.heartbeat(member, connection: connection)
            return try FleetMemberStore.liveSharingSpool(directory, host: member.host, except: member.name, connection: connection)
        }
        let alive = (others ?? []).filter { kill($0.pid, 0) == 0 || errno == EPERM }
        if !alive.isEmpty {
            logger.warning("another daemon on this machine watches the same spool directory; give each daemon its own [spool] directory",
                           metadata: ["others": "\(alive.map(\.name))", "spool": "\(directory)"])
        }
    }

    /// Gives every lease back and removes the heartbeat, so the other members take the feeds now.
    private func leave() async {
        let name = member.name
        do {
            let released = try await link.run("release feed leases") { connection in
                let released = try FeedLeaseStore.release(member: name, connection: connection)
                try FleetMemberStore.leave(member: name, connection: connection)
                return released
            }
            leases.replace(with: [])
            metrics.feedLeases(held: 0)
            logger.info("feed leases released", metadata: ["feeds": "\(released.count)"])
        } catch {
            logger.warning("feed leases not released; they expire on their own", metadata: ["error": "\(DatabaseLink.summary(error))"])
        }
    }
}
