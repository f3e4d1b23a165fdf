import Foundation

/// One result row. Cells are text; typed accessors convert and throw ``PostgresError/Code-swift.struct/decoding``
/// naming the column when a value is NULL or malformed.
public struct PostgresRow: Sendable {
    /// Cell values in text format; nil is SQL NULL.
    public let values: [String?]
    /// Column names in result order.
    public let columns: [String]
    let columnIndex: [String: Int]

    /// The text of the named column, nil when NULL or when there is no such column.
    public subscript(_ column: String) -> String? {
        guard let index = columnIndex[column] else { return nil }
        return values[index]
    }

    /// The text of the column at `index` (nil when NULL).
    public subscript(_ index: Int) -> String? { values[index] }

    /// The non-NULL text of `column`.
    public func string(_ column: String) throws -> String {
        try string(at: try position(of: column))
    }

    /// The non-NULL text of the column at `index`, for rows read by position (see
    /// ``PostgresRows/position(of:)``): no name lookup per row and column.
    public func string(at index: Int) throws -> String {
        guard values.indices.contains(index) else {
            throw PostgresError(code: .decoding, message: "the result has no column \(index)")
        }
        guard let value = values[index] else {
            throw PostgresError(code: .decoding, message: "column \(columns[index].debugDescription) is NULL")
        }
        return value
    }

    /// `column`, a one-dimensional `text[]` (or any array) read as its elements' text:
    /// `{रूस,"उत्तर कोरिया"}` → `["रूस", "उत्तर कोरिया"]`. Throws when the array or an element is NULL.
    public func stringArray(_ column: String) throws -> [String] {
        try stringArray(at: try position(of: column))
    }

    /// The array at column `index`; see ``stringArray(_:)``.
    public func stringArray(at index: Int) throws -> [String] {
        var text = try string(at: index)
        return try text.withUTF8 { try ArrayLiteralParser.strings($0, column: columns[index]) }
    }

    private func position(of column: String) throws -> Int {
        guard let index = columnIndex[column] else {
            throw PostgresError(code: .decoding, message: "the result has no column named \(column.debugDescription)")
        }
        return index
    }

    /// `column` as a 64-bit integer (`smallint`, `integer`, `bigint`).
    public func int64(_ column: String) throws -> Int64 {
        try decode(column, as: "integer") { Int64($0) }
    }

    /// `column` as a Bool (`t`/`f`).
    public func bool(_ column: String) throws -> Bool {
        try decode(column, as: "boolean") { $0 == "t" ? true : $0 == "f" ? false : nil }
    }

    /// `column` as a Double (`real`, `double precision`, `numeric`).
    public func double(_ column: String) throws -> Double {
        try decode(column, as: "double") { Double($0) }
    }

    /// `column` as a `Date` (`timestamptz` in ISO style).
    public func date(_ column: String) throws -> Date {
        try decode(column, as: "timestamp") { TimestampText.parse($0) }
    }

    /// `column` as a UUID.
    public func uuid(_ column: String) throws -> UUID {
        try decode(column, as: "uuid") { UUID(uuidString: $0) }
    }

    private func decode<T>(_ column: String, as typeName: String, _ convert: (String) -> T?) throws -> T {
        let text = try string(column)
        guard let value = convert(text) else {
            throw PostgresError(code: .decoding, message: "column \(column.debugDescription) is not a valid \(typeName)")
        }
        return value
    }
}
