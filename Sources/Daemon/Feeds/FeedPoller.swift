import Feeds
import Foundation
import Logging
import Postgres
import ServiceLifecycle
import Timelines

/// Polls one feed on its interval, as a service of its own, so a slow or failing feed never
/// delays another; only while this daemon holds the feed's lease (see ``LeaseKeeper``), which it
/// renews before each fetch and checks, in the same transaction, before writing what it learnt.
///
/// Each poll: a conditional GET with the stored validators; a 304 records success; a body is
/// parsed, its dated items are ingested (idempotently: an item seen before is unchanged), items
/// without a usable date, and items the event log refuses, go to `feed_quarantine` with their
/// reason (never blocking the other items of the feed), and only then are the new validators saved.
/// A crash anywhere before that save makes the next poll fetch the same body again, which
/// ingests nothing twice. A fetch or parse error is counted in `feed_state` with its reason and
/// the next try waits a jittered exponential backoff. The schedule survives restarts
/// (`next_poll_at`).
///
/// Example: the feed "rajya" whose server answers 404 shows, in `timeline feeds`,
/// `errors 1`, `last error: HTTP 404 from https://…/rajya.xml`, and the next poll within the backoff.
public struct FeedPoller: Service {
    let feed: DaemonConfiguration.Feed
    let settings: DaemonConfiguration
    let pipeline: IngestPipeline
    let stateLink: DatabaseLink
    let metrics: DaemonMetrics
    let logger: Logger
    let fetcher: FeedFetcher
    let leases: FeedLeases
    let member: String
    let leaseSeconds: Double

    /// - Parameters:
    ///   - fetcher: on the daemon's one HTTP client.
    ///   - leases: the leases this daemon holds; the feed is polled only while its lease is among them.
    ///   - member: this daemon's name in `feed_state.leased_by`.
    ///   - leaseSeconds: how long a renewal extends the lease.
    public init(
        feed: DaemonConfiguration.Feed, settings: DaemonConfiguration, pipeline: IngestPipeline, stateLink: DatabaseLink,
        metrics: DaemonMetrics, logger: Logger, fetcher: FeedFetcher = FeedFetcher(),
        leases: FeedLeases, member: String, leaseSeconds: Double
    ) {
        self.fetcher = fetcher
        self.leases = leases
        self.member = member
        self.leaseSeconds = leaseSeconds
        self.feed = feed
        self.settings = settings
        self.pipeline = pipeline
        self.stateLink = stateLink
        self.metrics = metrics
        var logger = logger
        logger[metadataKey: "feed"] = "\(feed.name)"
        self.logger = logger
    }

    public func run() async throws {
        do {
            try await loop()
        } catch is CancellationError {
            logger.debug("feed poller stopped")
        }
    }

    /// Polls until a graceful shutdown. The shutdown ends a wait at once, but lets a poll under way
    /// finish with its record: the items it put in the log are counted and its validators kept.
    /// (The group cancels whatever is still running when its graceful shutdown time is up.)
    private func loop() async throws {
        let name = feed.name, leases = leases
        var wait = 0.0
        while !Task.isShuttingDownGracefully {
            if !leases.holds(name) {
                try await cancelWhenGracefulShutdown {
                    await leases.waitUntil(name, isHeld: true)
                    try Task.checkCancellation()
                }
                // Another member may have polled the feed until now: its schedule is in feed_state.
                wait = try await secondsUntilDue()
            }
            if wait > 0 {
                let milliseconds = Int64(wait * 1000)
                try await cancelWhenGracefulShutdown { try await leases.sleep(for: .milliseconds(milliseconds), whileHolding: name) }
                wait = 0
            }
            guard !Task.isShuttingDownGracefully, leases.beginPoll(name) else { continue }
            defer { leases.endPoll(name) }
            do {
                let started = ContinuousClock.now
                wait = try await pollOnce()
                metrics.feedPolled(feed: feed.name, duration: started.duration(to: .now))
            } catch is LeaseLost {
                leases.lose(name)
                logger.notice("feed lease lost to another member; this poll recorded nothing")
            } catch let error where !(error is CancellationError) && !Task.isCancelled {
                // Even a failure to record the failure never ends the poller, nor the daemon with it.
                metrics.error(source: "feed:" + feed.name)
                logger.error("poll not recorded; retrying later", metadata: ["error": "\(DatabaseLink.summary(error))"])
                wait = seconds(settings.backoffMax)
            }
        }
    }

    /// Seconds until the feed is due by `feed_state` (0 when due), at most the longest backoff.
    private func secondsUntilDue() async throws -> Double {
        let name = feed.name
        let state = try await stateLink.run("read feed state \(name)") { connection in
            try FeedStateStore.row(feed: name, connection: connection)
        }
        return min(max(0, state?.secondsUntilNextPoll ?? 0), seconds(settings.backoffMax))
    }

    /// One poll; returns the seconds until the next one.
    func pollOnce() async throws -> Double {
        let name = feed.name, member = member, leaseSeconds = leaseSeconds
        // The lease is renewed, and so known to be still ours, before the fetch.
        let state = try await stateLink.run("renew the lease and read the state of \(name)") { connection -> FeedStateStore.Row? in
            guard try FeedLeaseStore.renew(feed: name, member: member, leaseSeconds: leaseSeconds, connection: connection) else {
                throw LeaseLost()
            }
            return try FeedStateStore.row(feed: name, connection: connection)
        }
        let request = FetchRequest(
            url: feed.url, etag: state?.etag, lastModified: state?.lastModified, userAgent: settings.userAgent,
            timeout: feed.timeout, maxBytes: feed.maxBytes, maxRedirects: settings.maxRedirects)
        let interval = seconds(feed.interval)
        do {
            switch try await fetcher.fetch(request) {
            case .notModified:
                try await underLease("record 304 for \(name)") { connection in
                    try FeedStateStore.recordSuccess(
                        feed: name, etag: nil, lastModified: nil, notModified: true, seen: 0, ingested: 0, quarantined: 0,
                        nextPollInSeconds: interval, connection: connection)
                }
                logger.debug("not modified")
            case .fetched(let data, let etag, let lastModified, let contentType, let finalURL):
                let parsed = try FeedParser.parse(data, contentType: contentType, sourceURL: finalURL.absoluteString, maxBytes: feed.maxBytes)
                let split = FeedArticles.split(parsed, sourceName: parsed.title ?? name)
                // A document read only in part: its good items are taken, and what was wrong is kept.
                let warning = parsed.recoveredFrom.map { "read in part: \($0.code.rawValue): \($0.description)" }
                if let warning { logger.warning("feed read in part", metadata: ["problem": "\(warning)"]) }
                let ingestStarted = ContinuousClock.now
                let report = try await pipeline.ingest(split.articles)
                if !split.articles.isEmpty {
                    metrics.ingestBatch(source: "feed", duration: ingestStarted.duration(to: .now))
                }
                // Items without a date, and items the log refused, are set aside; the rest are recorded.
                let quarantined = split.quarantined + report.refused.map { ($0.identifier, "the event log refused it: \($0.reason)") }
                // Only now, with the items durable in the log, are the validators saved (if the lease
                // is still ours; else the member holding it now polls again and records nothing twice).
                try await underLease("record poll of \(name)") { connection in
                    try FeedStateStore.quarantine(feed: name, items: quarantined, connection: connection)
                    try FeedStateStore.recordSuccess(
                        feed: name, etag: etag, lastModified: lastModified, notModified: false, seen: parsed.items.count,
                        ingested: report.new + report.revised, quarantined: quarantined.count, nextPollInSeconds: interval,
                        warning: warning, connection: connection)
                }
                metrics.ingested(source: "feed:" + name, new: report.new + report.revised, unchanged: report.unchanged)
                metrics.quarantined(source: "feed:" + name, count: quarantined.count)
                logger.info("polled", metadata: [
                    "items": "\(parsed.items.count)", "new": "\(report.new)", "revised": "\(report.revised)",
                    "unchanged": "\(report.unchanged)", "quarantined": "\(quarantined.count)",
                ])
            }
            return interval
        } catch let lost as LeaseLost {
            throw lost
        } catch let error where !(error is CancellationError) && !Task.isCancelled {
            return try await recordFailure(error)
        }
    }

    /// Runs `write` in one transaction that first checks, locking the feed's row, that this
    /// daemon still holds the lease; throws ``LeaseLost`` (writing nothing) when it does not.
    private func underLease<T: Sendable>(
        _ what: String, _ write: @escaping @Sendable (PostgresConnection) throws -> T
    ) async throws -> T {
        let name = feed.name, member = member
        return try await stateLink.run(what) { connection in
            try connection.transaction { connection in
                guard try FeedLeaseStore.holds(feed: name, member: member, connection: connection) else { throw LeaseLost() }
                return try write(connection)
            }
        }
    }

    private func recordFailure(_ error: any Error) async throws -> Double {
        let name = feed.name
        let reason = Self.reason(error)
        metrics.error(source: "feed:" + name)
        let base = settings.backoffBase, most = settings.backoffMax
        let (failures, delay) = try await underLease("record failure of \(name)") { connection in
            let failures = try FeedStateStore.recordFailure(feed: name, error: reason, retryInSeconds: seconds(base), connection: connection)
            var rng = SystemRandomNumberGenerator()
            let delay = max(1, seconds(Backoff.delay(afterFailures: failures, base: base, max: most, jitter: &rng)))
            try connection.query("UPDATE feed_state SET next_poll_at = now() + make_interval(secs => $2) WHERE feed = $1",
                                 [.text(name), .double(delay)])
            return (failures, delay)
        }
        logger.warning("poll failed", metadata: [
            "error": "\(reason)", "consecutive_failures": "\(failures)", "retry_in_s": "\(String(format: "%.1f", delay))",
        ])
        return delay
    }

    /// This daemon no longer holds the feed's lease: another member polls it now.
    struct LeaseLost: Error {}

    static func reason(_ error: any Error) -> String {
        switch error {
        case let fetch as FetchError: return fetch.description
        case let feed as FeedError: return "\(feed.code.rawValue): \(feed.description)"
        default: return DatabaseLink.summary(error)
        }
    }
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}
