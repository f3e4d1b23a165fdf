import Foundation
import Logging
import NIOPosix
import Postgres
import Synchronization

/// The API's connections to PostgreSQL, each switched to the role `timeline_reader` (SELECT only)
/// with read-only transactions and a statement timeout, so nothing the server does can write.
///
/// Blocking libpq calls run on the pool's own threads, one connection per thread, never on the
/// event loops or the cooperative pool: `try await pool.read { connection in … }`. A connection
/// that broke is closed and replaced on the next call; at most `size` calls run at once, the rest wait
/// in line for a thread.
public final class ReaderPool: Sendable {
    private let configuration: PostgresConfiguration
    private let threads: NIOThreadPool
    private let idle = Mutex<[PostgresConnection]>([])
    private let logger: Logger
    public let size: Int

    /// - Parameter statementTimeout: the longest a query may run, in milliseconds.
    public init(configuration: PostgresConfiguration, size: Int = 4, statementTimeout: Int = 10_000, logger: Logger) {
        self.configuration = configuration
            .setting("application_name", to: "timeline serve")
            .setting("connect_timeout", to: "3")
            .setting("options", to: "-c default_transaction_read_only=on -c statement_timeout=\(statementTimeout)")
        self.size = max(1, size)
        self.threads = NIOThreadPool(numberOfThreads: self.size)
        self.logger = logger
        threads.start()
    }

    /// Runs `body` with a reader connection on one of the pool's threads.
    public func read<T: Sendable>(_ body: @escaping @Sendable (PostgresConnection) throws -> T) async throws -> T {
        try await threads.runIfActive {
            let connection = try self.take()
            do {
                let value = try body(connection)
                self.give(connection)
                return value
            } catch {
                if connection.isOpen, !Self.broke(error) { self.give(connection) } else { connection.close() }
                throw error
            }
        }
    }

    /// Closes every connection and stops the threads.
    public func shutdown() async {
        try? await threads.shutdownGracefully()
        for connection in idle.withLock({ all in defer { all.removeAll() }; return all }) { connection.close() }
    }

    private func take() throws -> PostgresConnection {
        if let connection = idle.withLock({ $0.popLast() }) { return connection }
        let connection = try PostgresConnection.connect(configuration)
        do {
            try Self.becomeReader(connection, logger: logger)
        } catch {
            connection.close()
            throw error
        }
        return connection
    }

    private func give(_ connection: PostgresConnection) {
        idle.withLock { $0.append(connection) }
    }

    /// `SET ROLE timeline_reader` when this login may; otherwise the session stays read-only by
    /// its transactions alone, and the log says so once per connection.
    static func becomeReader(_ connection: PostgresConnection, logger: Logger) throws {
        let may = try connection.query("SELECT pg_has_role(current_user, 'timeline_reader', 'MEMBER') AS member "
                                       + "FROM pg_roles WHERE rolname = 'timeline_reader'")
        if let row = may.first, try row.bool("member") {
            _ = try connection.executeScript("SET ROLE timeline_reader")
        } else {
            logger.warning("this login may not SET ROLE timeline_reader: reads run in read-only transactions only",
                           metadata: ["hint": "run `timeline db migrate` as the owner, or GRANT timeline_reader TO this login"])
        }
    }

    private static func broke(_ error: any Error) -> Bool {
        guard let postgres = error as? PostgresError else { return false }
        if postgres.code == .connectionFailed || postgres.code == .connectionClosed || postgres.code == .protocolViolation { return true }
        guard let state = postgres.sqlState else { return false }
        return state.hasPrefix("08") || state.hasPrefix("57P")
    }
}
