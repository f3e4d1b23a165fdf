import EventStore
import Foundation
import Logging
import Postgres
import ServiceLifecycle
import Timelines

/// Keeps the per-actor timelines current while the daemon runs: catches up with the log, then
/// waits for `events_appended` notifications (or one second, whichever is first) and applies
/// what is new. Each page of the projection commits with its checkpoint, so stopping at any
/// moment loses nothing and applies nothing twice.
///
/// Example: an article "लावरोव शनिवार को प्योंगयांग पहुंचे" ingested from a feed shows up in
/// `timeline actor लावरोव` within about a second.
public struct ProjectionFollower: Service {
    let link: DatabaseLink
    let listenLink: DatabaseLink
    /// Reads the next page of the log while the current one is written; without it (or while
    /// it cannot connect) pages are read in turn.
    let readAheadLink: DatabaseLink?
    let metrics: DaemonMetrics
    let logger: Logger

    public init(link: DatabaseLink, listenLink: DatabaseLink, readAheadLink: DatabaseLink? = nil, metrics: DaemonMetrics,
                logger: Logger) {
        self.link = link
        self.listenLink = listenLink
        self.readAheadLink = readAheadLink
        self.metrics = metrics
        self.logger = logger
    }

    public func run() async throws {
        do {
            try await cancelWhenGracefulShutdown {
                while true {
                    let readAheadLink = self.readAheadLink, metrics = self.metrics
                    let (applied, lag) = try await link.run("projection catch-up") { connection in
                        let projection = TimelineProjection(connection: connection, readAhead: readAheadLink?.openConnection())
                        let applied = try projection.catchUp(committed: { metrics.projected(recordedAt: $0.map(\.recordedAt)) })
                        let head = try EventLog(connection: connection).headPosition()
                        return (applied, head - (try projection.checkpoint()))
                    }
                    metrics.projection(applied: applied, lag: lag)
                    if applied > 0 { logger.info("timelines updated", metadata: ["events_applied": "\(applied)"]) }
                    _ = try await listenLink.run("wait for new events") { connection in
                        try connection.waitForNotifications(timeout: .seconds(1)).count
                    }
                }
            }
        } catch is CancellationError {
            logger.debug("projection follower stopped")
        }
    }
}
