import AsyncHTTPClient
import Feeds

/// The daemon's one HTTP client, configured for feeds (``FeedFetcher/clientConfiguration``), and
/// always shut down: by ``shutdown()`` when the services end, else when it is released (a daemon
/// built but never run, or whose construction failed half way).
///
/// Example: `let http = FeedHTTPClient()`; every feed poller fetches with `http.fetcher`; after the
/// service group returns, `try await http.shutdown()`.
final class FeedHTTPClient: Sendable {
    let client = HTTPClient(eventLoopGroup: .singletonMultiThreadedEventLoopGroup, configuration: FeedFetcher.clientConfiguration)

    var fetcher: FeedFetcher { FeedFetcher(client: client) }

    func shutdown() async throws {
        do {
            try await client.shutdown()
        } catch let error as HTTPClientError where error == .alreadyShutdown {
            // Shut down before: nothing left to do.
        }
    }

    deinit {
        try? client.syncShutdown()
    }
}
