import CPostgres

extension PostgresConnection {
    /// Runs `sql` as a prepared statement of this connection: prepared on first use, then only bound
    /// and executed, so repeated calls skip parsing and planning. Meant for a fixed set of statements
    /// (each distinct text stays prepared while the connection lives). Parameter types are those of
    /// the first call; text-format values fit any type later. A statement dropped on the server
    /// (`DEALLOCATE ALL`, `DISCARD ALL`) is prepared again.
    ///
    /// ```swift
    /// for city in ["आगरा", "उज्जैन"] {
    ///     try conn.queryPrepared("INSERT INTO cities(name) VALUES ($1)", [.text(city)])
    /// }
    /// ```
    @discardableResult
    public func queryPrepared(_ sql: String, _ parameters: [PostgresValue] = []) throws -> PostgresRows {
        try executePrepared(sql, parameters) { result, raw in try ResultReader.rows(result, connection: raw, statement: sql) }
    }

    /// The same, handing the result to `body` in place (as `withResult` does), for reading many
    /// rows of a statement asked again and again without an intermediate copy.
    ///
    /// ```swift
    /// let names = try conn.withPreparedResult("SELECT name FROM actors WHERE kind = $1", ["country"]) { result in
    ///     try (0..<result.count).map { try result.string(row: $0, at: 0) }  // ["रूस", "चीन", …]
    /// }
    /// ```
    public func withPreparedResult<T: Sendable>(_ sql: String, _ parameters: [PostgresValue] = [],
                                      _ body: (PostgresResultView) throws -> T) throws -> T {
        try executePrepared(sql, parameters) { result, raw in
            try ResultReader.check(result, connection: raw, statement: sql)
            guard let result else { throw ResultReader.connectionError(raw, statement: sql) }
            return try body(PostgresResultView(result))
        }
    }

    /// Prepares `sql` once per connection, executes it, and reads the result with `read` before it is freed.
    private func executePrepared<T: Sendable>(_ sql: String, _ parameters: [PostgresValue],
                                    _ read: (OpaquePointer?, OpaquePointer) throws -> T) throws -> T {
        var buffer = try ParameterBuffer(parameters)
        defer { buffer.release() }
        return try handle.withLock { (handle: inout ConnectionHandle) throws -> T in
            guard let raw = handle.raw else {
                throw PostgresError(code: .connectionClosed, message: "the connection is closed")
            }
            var attempt = 0
            while true {
                attempt += 1
                let name: String
                if let known = handle.preparedStatements[sql] {
                    name = known
                } else {
                    handle.preparedCount += 1
                    name = "timeline_prepared_\(handle.preparedCount)"
                    let prepared = buffer.withPointers { types, _, _, _ in PQprepare(raw, name, sql, buffer.count, types) }
                    defer { PQclear(prepared) }
                    _ = try ResultReader.rows(prepared, connection: raw, statement: sql)
                    handle.preparedStatements[sql] = name
                }
                let result = buffer.withPointers { _, values, lengths, formats in
                    PQexecPrepared(raw, name, buffer.count, values, lengths, formats, 0)
                }
                defer { PQclear(result) }
                do {
                    return try read(result, raw)
                } catch let error as PostgresError where error.sqlState == "26000" && attempt == 1 {
                    // The server no longer knows the name: prepare it again, once.
                    handle.preparedStatements[sql] = nil
                }
            }
        }
    }
}
