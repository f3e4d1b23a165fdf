import CPostgres

extension PostgresConnection {
    /// Runs one parameterized statement and hands each row to `body` as soon as it arrives
    /// (libpq's single-row mode), so the client turns rows into values while the server is
    /// still producing the rest: for answers of thousands of rows the decoding is then mostly
    /// off the critical path. Each view holds the rows that came together (one in single-row
    /// mode; read rows `0..<count`) and is valid only during its call.
    ///
    /// ```swift
    /// var names: [String] = []
    /// try conn.forEachRow("SELECT name FROM actors WHERE kind = $1", ["country"]) { row in
    ///     for i in 0..<row.count { names.append(try row.string(row: i, at: 0)) }  // "रूस", "चीन", …
    /// }
    /// ```
    ///
    /// When `body` throws, the rest of the result is read and dropped (the connection stays
    /// usable) and the error is rethrown; a server error ends the call with that error.
    public func forEachRow(_ sql: String, _ parameters: [PostgresValue] = [],
                           _ body: (PostgresResultView) throws -> Void) throws {
        var buffer = try ParameterBuffer(parameters)
        defer { buffer.release() }
        try withRaw { raw in
            let sent = buffer.withPointers { types, values, lengths, formats in
                PQsendQueryParams(raw, sql, buffer.count, types, values, lengths, formats, 0)
            }
            guard sent == 1 else { throw ResultReader.connectionError(raw, statement: sql) }
            // Refused only when called at the wrong moment; the rows then come in one result.
            _ = PQsetSingleRowMode(raw)
            var columns: [String]?
            var failure: (any Error)?
            while let result = PQgetResult(raw) {
                defer { PQclear(result) }
                guard failure == nil else { continue }  // drain what is left after an error
                do {
                    try ResultReader.check(result, connection: raw, statement: sql)
                    guard PQntuples(result) > 0 else { continue }  // the final, empty result
                    let view = PostgresResultView(result, columns: columns)
                    columns = view.columns
                    try body(view)
                } catch {
                    failure = error
                }
            }
            if let failure { throw failure }
        }
    }
}
