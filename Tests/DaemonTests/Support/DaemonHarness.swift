import Daemon
import EventStore
import Foundation
import Logging
import Postgres
import PostgresTestSupport
import Timelines

/// A daemon running in this test process against a fresh database, stopped and dropped afterwards.
struct DaemonHarness {
    let daemon: Daemon
    let connection: PostgresConnection
    let url: String

    static let quietLogger = Logger(label: "timeline.daemon.test", factory: { _ in SwiftLogNoOpLogHandler() })

    static func sqlDirectory() throws -> URL { try Migrator.locateSQLDirectory(explicit: nil) }

    /// Runs `body` while a daemon with `configuration` runs; then shuts it down gracefully and checks it stopped.
    /// `logger` receives the daemon's log (nothing by default; a ``RecordedLog`` lets a test see what it noticed).
    static func with(
        _ configuration: DaemonConfiguration, databaseURL: String? = nil, logger: Logger = quietLogger,
        _ body: (DaemonHarness) async throws -> Void
    ) async throws {
        let url = try databaseURL ?? TestDatabase.freshDatabaseURL()
        defer { if databaseURL == nil { try? TestDatabase.drop(url) } }
        let connection = try PostgresConnection.connect(url)
        defer { connection.close() }
        let daemon = try Daemon(
            configuration: configuration, database: try PostgresConfiguration(url: url), sqlDirectory: try sqlDirectory(),
            logger: logger, signals: false)
        let running = Task { try await daemon.run() }
        do {
            try await body(DaemonHarness(daemon: daemon, connection: connection, url: url))
        } catch {
            await daemon.shutdown()
            _ = try? await running.value
            throw error
        }
        await daemon.shutdown()
        try await running.value
    }

    /// Waits until `condition` holds (checked every 100 ms), failing after `timeout`.
    static func waitUntil(
        _ what: String, timeout: Duration = .seconds(20), _ condition: () throws -> Bool
    ) async throws {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if (try? condition()) == true { return }
            try await Task.sleep(for: .milliseconds(100))
        }
        if try condition() { return }
        throw TimedOut(what: what)
    }

    struct TimedOut: Error, CustomStringConvertible {
        var what: String
        var description: String { "timed out waiting for: \(what)" }
    }

    /// Distinct article streams and ArticleIngested events in the log.
    static func articleCounts(_ connection: PostgresConnection) throws -> (streams: Int64, events: Int64) {
        let row = try connection.query("""
            SELECT count(DISTINCT stream_id) AS streams, count(*) AS events FROM events WHERE event_type = $1
            """, [.text(TimelineEventType.articleIngested)])[0]
        return (try row.int64("streams"), try row.int64("events"))
    }

    /// Rows of a table or query that returns one `n`.
    static func count(_ connection: PostgresConnection, _ sql: String, _ parameters: [PostgresValue] = []) throws -> Int64 {
        try connection.query(sql, parameters)[0].int64("n")
    }
}
