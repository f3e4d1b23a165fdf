import EventStore
import Foundation
import Logging
import Postgres
import ServiceLifecycle

/// The ingest feed daemon: a ``LeaseKeeper`` and one ``FeedPoller`` per feed, a ``SpoolWatcher``,
/// a ``ProjectionFollower`` and, when configured, a ``MetricsServer``, run as services of one
/// `ServiceGroup`. Daemons on one database share the feeds: each polls those whose lease it
/// holds. SIGTERM or SIGINT starts a graceful shutdown: no new work is taken, work in flight
/// finishes or is abandoned whole (every write is one transaction, and validators and file moves
/// come after the ingest they depend on), the leases are given back, and ``run()`` returns.
///
/// Example:
/// ```swift
/// let daemon = try Daemon(configuration: config, database: postgres, sqlDirectory: sql, logger: logger)
/// try await daemon.run()   // until SIGTERM; feeds of Hindi news go into the timelines meanwhile
/// ```
public final class Daemon: Sendable {
    public let configuration: DaemonConfiguration
    /// This daemon's figures, in a Prometheus registry of its own.
    public let metrics = DaemonMetrics()
    /// This daemon's name among the daemons of its database (`[fleet] member`, else `HOST:PID`).
    public let member: String
    /// The feed leases this daemon holds now: the feeds it polls.
    public let leases = FeedLeases()
    /// The metrics server, when `[metrics] port` is set; its `port` is the bound one.
    public let metricsServer: MetricsServer?
    private let group: ServiceGroup
    private let links: [DatabaseLink]
    /// The one HTTP client of every feed poller; shut down when the services have ended.
    private let http = FeedHTTPClient()

    /// Builds the services. `signals`: whether SIGTERM/SIGINT start the graceful shutdown (tests
    /// embedding the daemon call ``shutdown()`` instead). `extraServices` run in the same group
    /// (the HTTP API of `[http] serve = true`).
    public init(
        configuration: DaemonConfiguration, database: PostgresConfiguration, sqlDirectory: URL, logger: Logger,
        signals: Bool = true, extraServices: [any Service] = []
    ) throws {
        self.configuration = configuration
        let migrate: @Sendable (PostgresConnection) throws -> Void = { connection in
            try Migrator(connection: connection, directory: sqlDirectory).migrate()
        }
        let noMigration: @Sendable (PostgresConnection) throws -> Void = { _ in }
        func link(_ label: String, migrating: Bool = false) -> DatabaseLink {
            DatabaseLink(configuration: database, label: label, logger: logger, migrate: migrating ? migrate : noMigration)
        }
        var links: [DatabaseLink] = []
        var services: [any Service] = []
        let ingestLinkCount = max(1, min(3, configuration.feeds.count))
        let ingestPipelines = (0..<ingestLinkCount).map { index -> IngestPipeline in
            let made = link("feeds-ingest-\(index)", migrating: true)
            links.append(made)
            return IngestPipeline(link: made)
        }
        let stateLinks = (0..<ingestLinkCount).map { index -> DatabaseLink in
            let made = link("feeds-state-\(index)", migrating: true)
            links.append(made)
            return made
        }
        let retirement = FeedRetirement(configured: configuration.feeds.map(\.name), link: stateLinks[0], logger: logger)
        let member = configuration.fleet.member ?? MemberName.next()
        self.member = member
        let leaseSeconds = seconds(configuration.fleet.lease)
        if !configuration.feeds.isEmpty {
            // First in the group, so stopped last: it releases the leases once the pollers have ended.
            let fleetLink = link("fleet", migrating: true)
            links.append(fleetLink)
            services.append(LeaseKeeper(
                member: FleetMemberStore.Member(name: member, host: MemberName.host, pid: getpid(),
                                                spoolDirectory: configuration.spool?.directory.path, leaseSeconds: leaseSeconds),
                feeds: configuration.feeds, leases: leases, link: fleetLink, metrics: metrics, logger: logger))
        }
        let fetcher = http.fetcher
        for (index, feed) in configuration.feeds.enumerated() {
            services.append(FeedPoller(
                feed: feed, settings: configuration, pipeline: ingestPipelines[index % ingestLinkCount],
                stateLink: stateLinks[index % ingestLinkCount], metrics: metrics, logger: logger, fetcher: fetcher,
                leases: leases, member: member, leaseSeconds: leaseSeconds))
        }
        if let spool = configuration.spool {
            // Two batches in flight: one is planned while the other is written.
            let spoolLinks = (0..<2).map { link("spool-\($0)", migrating: true) }
            links += spoolLinks
            services.append(SpoolWatcher(
                spool: spool, pipelines: spoolLinks.map(IngestPipeline.init(link:)), metrics: metrics, logger: logger))
        }
        if configuration.followProjection {
            let projectionLink = link("projection", migrating: true)
            let listenLink = DatabaseLink(configuration: database, label: "listen", logger: logger) { connection in
                try connection.listen(EventLog.notificationChannel)
            }
            let readAheadLink = link("projection-read-ahead", migrating: false)
            links += [projectionLink, listenLink, readAheadLink]
            services.append(ProjectionFollower(link: projectionLink, listenLink: listenLink, readAheadLink: readAheadLink,
                                               metrics: metrics, logger: logger))
        }
        if let port = configuration.metricsPort {
            let server = try MetricsServer(address: configuration.metricsAddress, port: port, metrics: metrics, logger: logger)
            metricsServer = server
            services.append(server)
        } else {
            metricsServer = nil
        }
        services += extraServices
        var groupConfiguration = ServiceGroupConfiguration(
            services: services.map { ServiceGroupConfiguration.ServiceConfiguration(service: $0) }
                + [ServiceGroupConfiguration.ServiceConfiguration(service: retirement, successTerminationBehavior: .ignore)],
            gracefulShutdownSignals: signals ? [.sigterm, .sigint] : [],
            logger: logger)
        groupConfiguration.maximumGracefulShutdownDuration = .seconds(7)
        groupConfiguration.maximumCancellationDuration = .seconds(2)
        self.group = ServiceGroup(configuration: groupConfiguration)
        self.links = links
        logger.info("daemon configured", metadata: [
            "database": "\(database.redactedDescription)", "feeds": "\(configuration.feeds.count)",
            "member": "\(member)", "lease_s": "\(leaseSeconds)",
            "spool": "\(configuration.spool?.directory.path ?? "none")", "follow_projection": "\(configuration.followProjection)",
            "metrics": "\(metricsServer.map { "\($0.address):\($0.port)" } ?? "off")",
        ])
    }

    /// Runs until a signal (or ``shutdown()``) ends the services, then closes the connections.
    public func run() async throws {
        defer { for link in links { link.close() } }
        do {
            try await group.run()
        } catch {
            try? await http.shutdown()
            throw error
        }
        try await http.shutdown()
    }

    /// Starts the graceful shutdown, as SIGTERM does.
    public func shutdown() async {
        await group.triggerGracefulShutdown()
    }
}
