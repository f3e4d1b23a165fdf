import CPostgres

/// A query's result read where libpq holds it, for answers of thousands of rows: each value is
/// made once, straight from the received bytes, instead of first copying every cell into
/// ``PostgresRows``. Valid only inside the closure of
/// ``PostgresConnection/withResult(_:_:_:)`` that hands it out; do not keep it.
///
/// For `SELECT 'रूस' AS name, '{चीन,"उत्तर कोरिया"}'::text[] AS others`, `string(row: 0, at: 0)` is
/// `"रूस"` and `stringArray(row: 0, at: 1)` is `["चीन", "उत्तर कोरिया"]`.
public struct PostgresResultView {
    private let result: OpaquePointer
    /// Column names in result order.
    public let columns: [String]
    /// Rows in the result.
    public let count: Int

    init(_ result: OpaquePointer, columns: [String]? = nil) {
        self.result = result
        count = Int(PQntuples(result))
        self.columns = columns ?? (0..<PQnfields(result)).map { String(cString: PQfname(result, $0)) }
    }

    /// Where `column` sits in every row; look it up once, then read rows by position.
    public func position(of column: String) throws -> Int {
        guard let index = columns.firstIndex(of: column) else {
            throw PostgresError(code: .decoding, message: "the result has no column named \(column.debugDescription)")
        }
        return index
    }

    /// The cell's text, nil when it is SQL NULL.
    public func optionalString(row: Int, at column: Int) throws -> String? {
        try bytes(row: row, at: column).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The cell's text; throws naming the column when it is NULL.
    public func string(row: Int, at column: Int) throws -> String {
        guard let bytes = try bytes(row: row, at: column) else { throw null(column) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The cell as an integer (`int2`, `int4`, `int8` or a date difference); throws naming the
    /// column when it is NULL or not a decimal integer.
    public func int(row: Int, at column: Int) throws -> Int {
        guard let bytes = try bytes(row: row, at: column) else { throw null(column) }
        var value = 0, negative = false, digits = 0
        for (index, byte) in bytes.enumerated() {
            if index == 0, byte == UInt8(ascii: "-") { negative = true; continue }
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte), digits < 18 else {
                throw PostgresError(code: .decoding, message: "column \(columns[column].debugDescription) is not an integer")
            }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
            digits += 1
        }
        guard digits > 0 else {
            throw PostgresError(code: .decoding, message: "column \(columns[column].debugDescription) is not an integer")
        }
        return negative ? -value : value
    }

    /// The cell, a one-dimensional array, as its elements' text (see ``PostgresRow/stringArray(_:)``);
    /// throws naming the column when the array or an element is NULL, or it is not such an array.
    public func stringArray(row: Int, at column: Int) throws -> [String] {
        guard let bytes = try bytes(row: row, at: column) else { throw null(column) }
        return try ArrayLiteralParser.strings(bytes, column: columns[column])
    }

    /// Every cell copied into Swift values, for ``PostgresConnection/query(_:_:)``.
    func copy() -> PostgresRows {
        ResultReader.copy(result, columns: columns)
    }

    /// The cell's bytes as libpq holds them (valid while the result is), nil when NULL.
    private func bytes(row: Int, at column: Int) throws -> UnsafeBufferPointer<UInt8>? {
        guard (0..<count).contains(row), columns.indices.contains(column) else {
            throw PostgresError(code: .decoding, message: "the result has no cell at row \(row), column \(column)")
        }
        let r = Int32(row), c = Int32(column)
        if PQgetisnull(result, r, c) == 1 { return nil }
        let start = UnsafeRawPointer(PQgetvalue(result, r, c))?.assumingMemoryBound(to: UInt8.self)
        return UnsafeBufferPointer(start: start, count: Int(PQgetlength(result, r, c)))
    }

    private func null(_ column: Int) -> PostgresError {
        PostgresError(code: .decoding, message: "column \(columns[column].debugDescription) is NULL")
    }
}

extension PostgresConnection {
    /// Runs one parameterized statement and hands its result to `body` as it arrived, for
    /// reading thousands of rows without an intermediate copy. The view is valid only inside
    /// `body`; the result is freed when it returns.
    ///
    /// ```swift
    /// let names = try conn.withResult("SELECT name FROM actors WHERE kind = $1", ["country"]) { result in
    ///     let name = try result.position(of: "name")
    ///     return try (0..<result.count).map { try result.string(row: $0, at: name) }  // ["रूस", "चीन", …]
    /// }
    /// ```
    public func withResult<T: Sendable>(_ sql: String, _ parameters: [PostgresValue] = [],
                                        _ body: (PostgresResultView) throws -> T) throws -> T {
        var buffer = try ParameterBuffer(parameters)
        defer { buffer.release() }
        return try withRaw { raw in
            let result = buffer.withPointers { types, values, lengths, formats in
                PQexecParams(raw, sql, buffer.count, types, values, lengths, formats, 0)
            }
            defer { PQclear(result) }
            try ResultReader.check(result, connection: raw, statement: sql)
            guard let result else { throw ResultReader.connectionError(raw, statement: sql) }
            return try body(PostgresResultView(result))
        }
    }
}
