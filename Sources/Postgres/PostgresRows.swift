/// The outcome of one statement, fully copied into Swift (the libpq result is already freed).
///
/// ```swift
/// let rows = try conn.query("SELECT 'भारत' AS name, 1947 AS year")
/// rows.columns            // ["name", "year"]
/// rows[0]["name"]         // "भारत"
/// try rows[0].int64("year") // 1947
/// ```
public struct PostgresRows: Sendable, RandomAccessCollection {
    /// Column names in result order.
    public let columns: [String]
    /// Cell values in PostgreSQL text format, row by row; nil is SQL NULL.
    public let values: [[String?]]
    /// The command tag, for example `INSERT 0 3` or `SELECT 2`.
    public let commandTag: String
    /// Rows inserted, updated, deleted, copied or selected, as reported by the server.
    public let affectedRows: Int
    let columnIndex: [String: Int]

    init(columns: [String], values: [[String?]], commandTag: String, affectedRows: Int) {
        self.columns = columns
        self.values = values
        self.commandTag = commandTag
        self.affectedRows = affectedRows
        var index: [String: Int] = [:]
        for (position, name) in columns.enumerated() where index[name] == nil { index[name] = position }
        self.columnIndex = index
    }

    /// Where `column` sits in every row, for reading many rows by position with
    /// ``PostgresRow/string(at:)``: the name is looked up once, not once per row.
    public func position(of column: String) throws -> Int {
        guard let index = columnIndex[column] else {
            throw PostgresError(code: .decoding, message: "the result has no column named \(column.debugDescription)")
        }
        return index
    }

    public var startIndex: Int { values.startIndex }
    public var endIndex: Int { values.endIndex }
    public subscript(position: Int) -> PostgresRow {
        PostgresRow(values: values[position], columns: columns, columnIndex: columnIndex)
    }
}
