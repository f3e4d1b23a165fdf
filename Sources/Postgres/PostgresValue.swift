import Foundation

/// A value bound to a `$n` placeholder. Values travel separately from the SQL text (text format), so
/// they are never spliced into statements and never appear in errors or logs.
///
/// ```swift
/// try conn.query("SELECT $1::text || $2", ["दिल्ली", .int(2024)])   // → "दिल्ली2024"
/// ```
public enum PostgresValue: Sendable, Hashable {
    case null
    case text(String)
    case int(Int64)
    case bool(Bool)
    case double(Double)
    /// JSON text, sent untyped so the server casts it to the column's `json`/`jsonb` type.
    case json(String)
    case uuid(UUID)
    /// A point in time, sent as an ISO 8601 UTC `timestamptz` with microseconds.
    case timestamp(Date)
    case bytea([UInt8])
    /// A one-dimensional array, sent as an array literal whose elements the server casts to the
    /// parameter's element type (`text[]`, `uuid[]`, `jsonb[]`, `bigint[]`, ...). `nil` is SQL NULL.
    case array([String?])
    /// A one-dimensional array sent in binary format (see ``PostgresBinaryArray``): no escaping on
    /// the client, no literal parsing on the server.
    case binaryArray(PostgresBinaryArray)

    /// The type OID sent with the value; 0 lets the server infer the type from context.
    var typeOID: UInt32 {
        switch self {
        case .null, .text, .json, .array: return 0
        case .int: return 20
        case .bool: return 16
        case .double: return 701
        case .uuid: return 2950
        case .timestamp: return 1184
        case .bytea: return 17
        case .binaryArray(let array): return array.typeOID
        }
    }

    /// How the value travels: NULL, text format, or binary format.
    enum Wire {
        case null
        case text(String)
        case binary([UInt8])
    }

    /// The value as sent to the server.
    func wire() throws -> Wire {
        if case .binaryArray(let array) = self { return .binary(array.bytes) }
        return try encoded().map(Wire.text) ?? .null
    }

    /// The value in PostgreSQL text format, or nil for NULL.
    func encoded() throws -> String? {
        switch self {
        case .null: return nil
        case .text(let text), .json(let text): return try Self.checked(text)
        case .int(let value): return String(value)
        case .bool(let value): return value ? "t" : "f"
        case .double(let value):
            if value.isNaN { return "NaN" }
            if value.isInfinite { return value > 0 ? "Infinity" : "-Infinity" }
            return "\(value)"
        case .uuid(let value): return value.uuidString
        case .timestamp(let value): return TimestampText.format(value)
        case .bytea(let bytes):
            let digits: [UInt8] = Array("0123456789abcdef".utf8)
            var out: [UInt8] = [UInt8(ascii: "\\"), UInt8(ascii: "x")]
            out.reserveCapacity(2 + bytes.count * 2)
            for byte in bytes {
                out.append(digits[Int(byte >> 4)])
                out.append(digits[Int(byte & 0x0f)])
            }
            return String(decoding: out, as: UTF8.self)
        case .array(let elements): return try Self.arrayLiteral(elements)
        case .binaryArray(let array):
            throw PostgresError(code: .invalidParameter, message: "a binary array of \(array.count) elements has no text form")
        }
    }

    /// libpq takes C strings: a NUL byte would silently cut the value short, so it is refused instead.
    static func checked(_ text: String) throws -> String {
        if text.utf8.contains(0) {
            throw PostgresError(code: .invalidParameter, message: "a bound text value contains a NUL byte (U+0000), which PostgreSQL text cannot store")
        }
        return text
    }

    /// `{"a","b\"c",NULL}`: every element quoted, with `\` and `"` escaped. Public for the one
    /// case `.array` cannot carry: a list of lists, sent as `.array` of these literals and cast
    /// back per row (`$1::text[]` elements to `text[]`), or a `text[]` cell in a COPY row.
    public static func arrayLiteral(_ elements: [String?]) throws -> String {
        var out: [UInt8] = [UInt8(ascii: "{")]
        out.reserveCapacity(elements.count * 16 + 2)
        for (index, element) in elements.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            guard let element else {
                out.append(contentsOf: "NULL".utf8)
                continue
            }
            out.append(UInt8(ascii: "\""))
            for byte in element.utf8 {
                switch byte {
                case 0: throw PostgresError(code: .invalidParameter, message: "an array element contains a NUL byte (U+0000), which PostgreSQL text cannot store")
                case UInt8(ascii: "\""), UInt8(ascii: "\\"):
                    out.append(UInt8(ascii: "\\"))
                    out.append(byte)
                default: out.append(byte)
                }
            }
            out.append(UInt8(ascii: "\""))
        }
        out.append(UInt8(ascii: "}"))
        return String(decoding: out, as: UTF8.self)
    }
}

extension PostgresValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByFloatLiteral, ExpressibleByNilLiteral
{
    public init(stringLiteral value: String) { self = .text(value) }
    public init(integerLiteral value: Int64) { self = .int(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(floatLiteral value: Double) { self = .double(value) }
    public init(nilLiteral: ()) { self = .null }
}
