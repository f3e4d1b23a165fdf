import Dispatch
import EventStore
import Feeds
import Foundation
import Logging
import Postgres
import Synchronization

/// One service's own PostgreSQL connection, which survives the server going away: work that
/// fails because the connection broke (server restarted, network cut) is retried on a fresh
/// connection after a backoff with jitter (0.2 s doubling to 5 s), logged once per outage, until
/// it succeeds or the calling task is cancelled. Errors that are not about the connection are
/// thrown to the caller at once.
///
/// Blocking libpq calls run on the link's own dispatch queue, never on the cooperative pool.
///
/// Example: the spool watcher's `try await link.run("ingest 3 files") { conn in … }` keeps
/// waiting while PostgreSQL restarts, then ingests the "बाढ़" articles once it is back.
public final class DatabaseLink: Sendable {
    private let configuration: PostgresConfiguration
    private let migrate: @Sendable (PostgresConnection) throws -> Void
    private let logger: Logger
    private let queue: DispatchQueue
    private let connection = Mutex<PostgresConnection?>(nil)
    private let generation = Atomic<Int>(0)

    /// - Parameter migrate: run on every new connection before use (schema migrations), so a
    ///   database that was recreated meanwhile is usable again.
    public init(
        configuration: PostgresConfiguration, label: String, logger: Logger,
        migrate: @escaping @Sendable (PostgresConnection) throws -> Void = { _ in }
    ) {
        self.configuration = configuration.setting("connect_timeout", to: "3")
            .setting("application_name", to: "timeline-daemon " + label)
        self.migrate = migrate
        self.logger = logger
        self.queue = DispatchQueue(label: "timeline.daemon." + label)
    }

    /// How many connections were opened so far (1 after the first successful call).
    public var connectionsOpened: Int { generation.load(ordering: .relaxed) }

    /// Runs `body` with a live connection, retrying it on a new connection after connection failures.
    /// `body` must be safe to repeat: it runs again from the start after a failure.
    public func run<T: Sendable>(_ what: String, _ body: @escaping @Sendable (PostgresConnection) throws -> T) async throws -> T {
        var failures = 0
        var rng = SystemRandomNumberGenerator()
        while true {
            try Task.checkCancellation()
            do {
                let value = try await onQueue { try body(try self.current()) }
                if failures > 0 { logger.notice("database reachable again", metadata: ["after_failures": "\(failures)", "work": "\(what)"]) }
                return value
            } catch {
                guard Self.isConnectionFailure(error) || !isHealthy else { throw error }
                drop()
                failures += 1
                if failures == 1 || failures % 20 == 0 {
                    logger.warning("database unavailable; retrying with backoff", metadata: [
                        "work": "\(what)", "failures": "\(failures)", "error": "\(Self.summary(error))",
                        "server": "\(configuration.redactedDescription)",
                    ])
                }
                let delay = Backoff.delay(afterFailures: failures, base: .milliseconds(200), max: .seconds(5), jitter: &rng)
                try await Task.sleep(for: max(delay, .milliseconds(50)))
            }
        }
    }

    /// The link's connection, opened (with migrations) when there is none or it is closed; nil
    /// when the server cannot be reached now. For work that can go without it, so no retries.
    public func openConnection() -> PostgresConnection? {
        if !isHealthy { drop() }
        return try? current()
    }

    /// Closes the connection (the next call opens a new one).
    public func close() {
        drop()
    }

    private var isHealthy: Bool {
        connection.withLock { $0?.isOpen ?? false }
    }

    private func current() throws -> PostgresConnection {
        if let open = connection.withLock({ $0 }) { return open }
        let made = try PostgresConnection.connect(configuration)
        do {
            try migrate(made)
        } catch {
            made.close()
            throw error
        }
        generation.add(1, ordering: .relaxed)
        connection.withLock { $0 = made }
        return made
    }

    private func drop() {
        let old = connection.withLock { current -> PostgresConnection? in
            let old = current
            current = nil
            return old
        }
        old?.close()
    }

    private func onQueue<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            queue.async { continuation.resume(with: Result { try body() }) }
        }
    }

    /// Whether `error` says the server or the connection is gone (rather than a bad statement or bad data).
    public static func isConnectionFailure(_ error: any Error) -> Bool {
        let postgres: PostgresError
        if let direct = error as? PostgresError {
            postgres = direct
        } else if let logError = error as? EventLogError, let underlying = logError.underlying {
            postgres = underlying
        } else {
            return false
        }
        if postgres.code == .connectionFailed || postgres.code == .connectionClosed || postgres.code == .protocolViolation
            || postgres.code == .timeout { return true }
        guard let state = postgres.sqlState else { return false }
        return state.hasPrefix("08") || state.hasPrefix("57P") || state.hasPrefix("53") || state == "40001" || state == "40P01"
    }

    /// A one-line description of an error for logs: never a password or connection string.
    public static func summary(_ error: any Error) -> String {
        if let postgres = error as? PostgresError {
            return "\(postgres.code)\(postgres.sqlState.map { " \($0)" } ?? ""): \(postgres.message.split(separator: "\n").first ?? "")"
        }
        return String(describing: error)
    }
}
