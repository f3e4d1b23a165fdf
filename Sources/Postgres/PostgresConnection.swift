import CPostgres
import Foundation
import Synchronization

/// One blocking libpq connection, safe to share between tasks (calls are serialized by a lock).
///
/// Every statement is parameterized: SQL text carries `$1, $2, ...` and values travel separately.
/// Server NOTICE messages are discarded instead of being printed to stderr. Each session uses
/// `TimeZone=UTC`, `DateStyle=ISO` and UTF-8.
///
/// ```swift
/// let conn = try PostgresConnection.connect("postgresql://postgres@/timeline?host=/tmp/pg")
/// let rows = try conn.query("SELECT upper($1) AS word", ["मंगलवार"])
/// rows[0]["word"]   // "मंगलवार"
/// conn.close()
/// ```
/// libpq calls block the calling thread; keep them off latency-sensitive executors.
public final class PostgresConnection: Sendable {
    let handle: Mutex<ConnectionHandle>

    private init(handle: consuming ConnectionHandle) {
        self.handle = Mutex(handle)
    }

    /// Connects using a `postgresql://` URL or `key=value` conninfo string.
    public static func connect(_ conninfo: String) throws -> PostgresConnection {
        try connect(PostgresConfiguration(url: conninfo))
    }

    /// Connects with a parsed configuration. A 10 s `connect_timeout` applies unless one is set.
    public static func connect(_ configuration: PostgresConfiguration) throws -> PostgresConnection {
        var parameters = configuration.parameters
        if !parameters.contains(where: { $0.key == "connect_timeout" }) { parameters.append(("connect_timeout", "10")) }
        parameters.removeAll { $0.key == "client_encoding" }
        parameters.append(("client_encoding", "UTF8"))
        let keywords = parameters.map { strdup($0.key) }
        let values = parameters.map { strdup($0.value) }
        defer {
            keywords.forEach { free($0) }
            values.forEach { free($0) }
        }
        let raw: OpaquePointer? = (keywords.map { UnsafePointer($0) } + [nil]).withUnsafeBufferPointer { keywordPointer in
            (values.map { UnsafePointer($0) } + [nil]).withUnsafeBufferPointer { valuePointer in
                PQconnectdbParams(keywordPointer.baseAddress, valuePointer.baseAddress, 0)
            }
        }
        guard let raw else {
            throw PostgresError(code: .connectionFailed, message: "libpq could not allocate a connection")
        }
        var handle = ConnectionHandle(raw)
        guard PQstatus(raw) == CONNECTION_OK else {
            let message = String(cString: PQerrorMessage(raw)).trimmingCharacters(in: .whitespacesAndNewlines)
            handle.finish()
            throw PostgresError(code: .connectionFailed, message: message.isEmpty ? "connection failed" : message)
        }
        PQsetNoticeProcessor(raw, { _, _ in }, nil)
        let connection = PostgresConnection(handle: handle)
        try connection.executeScript("SET TimeZone = 'UTC'; SET DateStyle = 'ISO, YMD'")
        return connection
    }

    /// Runs `body` with the live `PGconn *` while holding the lock.
    func withRaw<T: Sendable>(_ body: (OpaquePointer) throws -> T) throws -> T {
        try handle.withLock { (handle: inout ConnectionHandle) throws -> T in
            guard let raw = handle.raw else {
                throw PostgresError(code: .connectionClosed, message: "the connection is closed")
            }
            return try body(raw)
        }
    }

    /// Runs one parameterized statement and returns its rows.
    ///
    /// ```swift
    /// try conn.query("INSERT INTO cities(name, founded) VALUES ($1, $2)", ["जयपुर", 1727])
    /// ```
    @discardableResult
    public func query(_ sql: String, _ parameters: [PostgresValue] = []) throws -> PostgresRows {
        try withResult(sql, parameters) { $0.copy() }
    }

    /// Runs trusted SQL text that may hold several statements (migration files, fixed session settings).
    /// It takes no parameters: never build its text from user data.
    @discardableResult
    public func executeScript(_ sql: String) throws -> PostgresRows {
        _ = try PostgresValue.checked(sql)
        return try withRaw { raw in
            let result = PQexec(raw, sql)
            defer { PQclear(result) }
            return try ResultReader.rows(result, connection: raw, statement: sql.count > 200 ? String(sql.prefix(200)) + "…" : sql)
        }
    }

    /// Creates a server-side prepared statement named `name`.
    public func prepare(_ name: String, _ sql: String) throws {
        _ = try PostgresValue.checked(name)
        try withRaw { raw in
            let result = PQprepare(raw, name, sql, 0, nil)
            defer { PQclear(result) }
            _ = try ResultReader.rows(result, connection: raw, statement: sql)
        }
    }

    /// Executes a statement created by ``prepare(_:_:)``.
    @discardableResult
    public func executePrepared(_ name: String, _ parameters: [PostgresValue] = []) throws -> PostgresRows {
        _ = try PostgresValue.checked(name)
        var buffer = try ParameterBuffer(parameters)
        defer { buffer.release() }
        return try withRaw { raw in
            let result = buffer.withPointers { _, values, lengths, formats in
                PQexecPrepared(raw, name, buffer.count, values, lengths, formats, 0)
            }
            defer { PQclear(result) }
            return try ResultReader.rows(result, connection: raw, statement: "EXECUTE \(name)")
        }
    }

    /// Runs `body` in a transaction: COMMIT when it returns, ROLLBACK when it throws.
    /// Inside an open transaction it uses a savepoint instead, so calls nest.
    ///
    /// ```swift
    /// try conn.transaction { conn in
    ///     try conn.query("INSERT INTO cities(name) VALUES ($1)", ["पुणे"])
    /// }
    /// ```
    @discardableResult
    public func transaction<T>(_ body: (PostgresConnection) throws -> T) throws -> T {
        let nested = try withRaw { raw in PQtransactionStatus(raw) != PQTRANS_IDLE }
        if nested {
            try query("SAVEPOINT timeline_nested")
            do {
                let value = try body(self)
                try query("RELEASE SAVEPOINT timeline_nested")
                return value
            } catch {
                _ = try? query("ROLLBACK TO SAVEPOINT timeline_nested")
                throw error
            }
        }
        try query("BEGIN")
        do {
            let value = try body(self)
            let commit = try query("COMMIT")
            if commit.commandTag == "ROLLBACK" {
                throw PostgresError(
                    code: .server, sqlState: "25P02",
                    message: "the transaction was aborted by an earlier failed statement and has been rolled back",
                    statement: "COMMIT")
            }
            return value
        } catch {
            _ = try? query("ROLLBACK")
            throw error
        }
    }

    /// Whether a transaction (or a failed one awaiting ROLLBACK) is open on this connection.
    public var isInTransaction: Bool {
        (try? withRaw { raw in PQtransactionStatus(raw) != PQTRANS_IDLE }) ?? false
    }

    /// Whether the connection is open and healthy.
    public var isOpen: Bool {
        (try? withRaw { raw in PQstatus(raw) == CONNECTION_OK }) ?? false
    }

    /// The server's process id for this session (useful for `pg_terminate_backend` and diagnostics).
    public var backendPID: Int32 {
        (try? withRaw { raw in PQbackendPID(raw) }) ?? 0
    }

    /// Closes the connection; later calls throw ``PostgresError/Code-swift.struct/connectionClosed``.
    /// Calling it more than once is harmless; `deinit` closes a connection that was never closed.
    public func close() {
        handle.withLock { $0.finish() }
    }
}
