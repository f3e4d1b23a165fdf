import Logging
import ServiceLifecycle

/// At start, marks the feeds in `feed_state` that the configuration no longer names as retired,
/// so that `timeline feeds` and `timeline status` stop showing them as due or failing; then it is
/// done (the other services go on). A feed configured again is un-retired when its poller registers it.
///
/// Example: a database that knows the feeds "desh" and "videsh", and a daemon configured with
/// "desh" only: `videsh` gets `retired_at = now()` and `timeline feeds` lists it as retired.
struct FeedRetirement: Service {
    let configured: [String]
    let link: DatabaseLink
    let logger: Logger

    func run() async throws {
        let configured = configured
        do {
            let retired = try await cancelWhenGracefulShutdown {
                try await link.run("retire unconfigured feeds") { connection in
                    try FeedStateStore.retire(allBut: configured, connection: connection)
                }
            }
            if !retired.isEmpty { logger.notice("feeds no longer configured, marked retired", metadata: ["feeds": "\(retired)"]) }
        } catch is CancellationError {
            logger.debug("feed retirement stopped")
        }
    }
}
