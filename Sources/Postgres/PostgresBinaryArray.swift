import Foundation

/// A one-dimensional array in PostgreSQL's binary wire format, bound with
/// ``PostgresValue/binaryArray(_:)``.
///
/// The server reads each element by its length instead of scanning and unescaping a quoted array
/// literal, and the client copies bytes instead of escaping them: the cheap way to send large
/// arrays, such as a batch of JSON documents. Elements keep their order; `nil` is SQL NULL.
/// ```swift
/// let cities = try PostgresBinaryArray.text(["दिल्ली", nil, "पटना"])
/// try conn.query("SELECT cardinality($1::text[]) AS n", [.binaryArray(cities)])[0]["n"]   // "3"
/// ```
public struct PostgresBinaryArray: Sendable, Hashable {
    /// OID of the array type (`text[]` is 1009).
    public let typeOID: UInt32
    /// Number of elements.
    public let count: Int
    /// The encoded array: header, dimension, then length-prefixed elements.
    let bytes: [UInt8]

    /// A `text[]`. Refuses elements with a NUL byte, which PostgreSQL text cannot store.
    public static func text(_ elements: [String?]) throws -> PostgresBinaryArray {
        var size = 20
        for element in elements { size += 4 + (element?.utf8.count ?? 0) }
        var writer = Writer(elementOID: 25, count: elements.count, hasNull: elements.contains(nil), capacity: size)
        for element in elements {
            guard let element else {
                writer.int32(-1)
                continue
            }
            let length = element.utf8.count
            guard length <= Int(Int32.max) else {
                throw PostgresError(code: .invalidParameter, message: "an array element of \(length) bytes is too large")
            }
            writer.int32(Int32(length))
            let start = writer.bytes.count
            writer.bytes.append(contentsOf: element.utf8)
            let hasNUL = writer.bytes.withUnsafeBufferPointer { buffer -> Bool in
                guard length > 0, let base = buffer.baseAddress else { return false }
                return memchr(base + start, 0, length) != nil
            }
            if hasNUL {
                throw PostgresError(code: .invalidParameter, message: "an array element contains a NUL byte (U+0000), which PostgreSQL text cannot store")
            }
        }
        return writer.array(typeOID: 1009)
    }

    /// A `uuid[]`.
    public static func uuid(_ elements: [UUID]) -> PostgresBinaryArray {
        var writer = Writer(elementOID: 2950, count: elements.count, hasNull: false, capacity: 20 + elements.count * 20)
        for element in elements {
            writer.int32(16)
            let value = element.uuid
            writer.bytes.append(contentsOf: [
                value.0, value.1, value.2, value.3, value.4, value.5, value.6, value.7,
                value.8, value.9, value.10, value.11, value.12, value.13, value.14, value.15,
            ])
        }
        return writer.array(typeOID: 2951)
    }

    /// A `bigint[]`.
    public static func int64(_ elements: [Int64?]) -> PostgresBinaryArray {
        var writer = Writer(elementOID: 20, count: elements.count, hasNull: elements.contains(nil), capacity: 20 + elements.count * 12)
        for element in elements {
            guard let element else {
                writer.int32(-1)
                continue
            }
            writer.int32(8)
            writer.int32(Int32(truncatingIfNeeded: element >> 32))
            writer.int32(Int32(truncatingIfNeeded: element))
        }
        return writer.array(typeOID: 1016)
    }

    /// An `integer[]`.
    public static func int32(_ elements: [Int32?]) -> PostgresBinaryArray {
        var writer = Writer(elementOID: 23, count: elements.count, hasNull: elements.contains(nil), capacity: 20 + elements.count * 8)
        for element in elements {
            guard let element else {
                writer.int32(-1)
                continue
            }
            writer.int32(4)
            writer.int32(element)
        }
        return writer.array(typeOID: 1007)
    }

    /// Builds the bytes: dimensions, NULL flag and element type, then one dimension (lower bound 1).
    private struct Writer {
        var bytes: [UInt8] = []
        let count: Int

        init(elementOID: Int32, count: Int, hasNull: Bool, capacity: Int) {
            self.count = count
            bytes.reserveCapacity(capacity)
            int32(count == 0 ? 0 : 1)
            int32(hasNull ? 1 : 0)
            int32(elementOID)
            if count > 0 {
                int32(Int32(truncatingIfNeeded: count))
                int32(1)
            }
        }

        /// Appends `value` in network byte order.
        mutating func int32(_ value: Int32) {
            let bits = UInt32(bitPattern: value)
            bytes.append(UInt8(truncatingIfNeeded: bits >> 24))
            bytes.append(UInt8(truncatingIfNeeded: bits >> 16))
            bytes.append(UInt8(truncatingIfNeeded: bits >> 8))
            bytes.append(UInt8(truncatingIfNeeded: bits))
        }

        func array(typeOID: UInt32) -> PostgresBinaryArray {
            PostgresBinaryArray(typeOID: typeOID, count: count, bytes: bytes)
        }
    }
}
