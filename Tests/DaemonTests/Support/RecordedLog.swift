import Logging
import Synchronization

/// The messages a daemon in this test process logged, for a test to see what it noticed (the
/// database gone, say) instead of allowing it some time to notice.
///
/// Example:
/// ```swift
/// let log = RecordedLog()
/// try await DaemonHarness.with(configuration, logger: log.logger) { _ in
///     try await DaemonHarness.waitUntil("the daemon noticed") { log.contains("database unavailable; retrying with backoff") }
/// }
/// ```
final class RecordedLog: Sendable {
    struct Entry: Sendable {
        var level: Logger.Level
        var message: String
        var metadata: Logger.Metadata
    }

    private let entries = Mutex<[Entry]>([])

    /// A logger (at `debug`) whose messages this log records.
    var logger: Logger {
        var logger = Logger(label: "timeline.daemon.test") { _ in Handler(log: self) }
        logger.logLevel = .debug
        return logger
    }

    /// Whether a message equal to `message` was logged.
    func contains(_ message: String) -> Bool { entries.withLock { $0.contains { $0.message == message } } }

    /// Whether a message equal to `message` was logged with a metadata value that starts with
    /// `prefix` (a service group names a service by its whole description: `FeedPoller(feed: …)`).
    func contains(_ message: String, withMetadataStarting prefix: String) -> Bool {
        entries.withLock { $0.contains { $0.message == message && $0.metadata.values.contains { "\($0)".hasPrefix(prefix) } } }
    }

    fileprivate func record(_ entry: Entry) { entries.withLock { $0.append(entry) } }

    private struct Handler: LogHandler {
        let log: RecordedLog
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .debug

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            log.record(Entry(level: event.level, message: event.message.description,
                             metadata: metadata.merging(event.metadata ?? [:]) { $1 }))
        }
    }
}
