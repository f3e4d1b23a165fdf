import CPostgres

/// Sole owner of a `PGconn *`: `PQfinish` runs exactly once, from `finish()` or from `deinit`.
/// Also remembers the statements prepared on it by ``PostgresConnection/queryPrepared(_:_:)``.
struct ConnectionHandle: ~Copyable, @unchecked Sendable {
    private(set) var raw: OpaquePointer?
    /// SQL text → name of its prepared statement on this connection.
    var preparedStatements: [String: String] = [:]
    /// Numbers the prepared statements' names.
    var preparedCount = 0

    init(_ raw: OpaquePointer) { self.raw = raw }

    mutating func finish() {
        if let raw { PQfinish(raw) }
        raw = nil
        preparedStatements = [:]
    }

    deinit {
        if let raw { PQfinish(raw) }
    }
}
