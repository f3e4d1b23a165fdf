import CPostgres
import Foundation

/// Bound values as the C arrays `PQexecParams` and friends expect (types, values, lengths, formats);
/// the value memory is freed by `release()`.
struct ParameterBuffer {
    var types: [Oid]
    var values: [UnsafeMutablePointer<CChar>?]
    var lengths: [Int32]
    /// 0 = text, 1 = binary, per value.
    var formats: [Int32]

    init(_ parameters: [PostgresValue]) throws {
        guard parameters.count <= 65_535 else {
            throw PostgresError(code: .invalidParameter, message: "\(parameters.count) parameters; PostgreSQL allows at most 65535")
        }
        types = parameters.map { Oid($0.typeOID) }
        values = []
        lengths = []
        formats = []
        values.reserveCapacity(parameters.count)
        lengths.reserveCapacity(parameters.count)
        formats.reserveCapacity(parameters.count)
        do {
            for parameter in parameters {
                switch try parameter.wire() {
                case .null:
                    values.append(nil)
                    lengths.append(0)
                    formats.append(0)
                case .text(let text):
                    values.append(strdup(text))
                    lengths.append(0)
                    formats.append(0)
                case .binary(let bytes):
                    guard bytes.count <= Int(Int32.max) else {
                        throw PostgresError(code: .invalidParameter, message: "a binary value of \(bytes.count) bytes is too large")
                    }
                    guard let raw = malloc(max(bytes.count, 1)) else {
                        throw PostgresError(code: .invalidParameter, message: "no memory for a binary value of \(bytes.count) bytes")
                    }
                    let memory = raw.assumingMemoryBound(to: CChar.self)
                    bytes.withUnsafeBytes { source in
                        if let base = source.baseAddress { memcpy(memory, base, source.count) }
                    }
                    values.append(memory)
                    lengths.append(Int32(bytes.count))
                    formats.append(1)
                }
            }
        } catch {
            release()
            throw error
        }
    }

    var count: Int32 { Int32(values.count) }

    /// Calls `body` with pointers (types, values, lengths, formats) valid for its duration.
    func withPointers<T>(
        _ body: (UnsafePointer<Oid>?, UnsafePointer<UnsafePointer<CChar>?>?, UnsafePointer<Int32>?, UnsafePointer<Int32>?) throws -> T
    ) rethrows -> T {
        let constValues = values.map { UnsafePointer($0) }
        return try types.withUnsafeBufferPointer { typePointer in
            try constValues.withUnsafeBufferPointer { valuePointer in
                try lengths.withUnsafeBufferPointer { lengthPointer in
                    try formats.withUnsafeBufferPointer { formatPointer in
                        try body(typePointer.baseAddress, valuePointer.baseAddress, lengthPointer.baseAddress, formatPointer.baseAddress)
                    }
                }
            }
        }
    }

    mutating func release() {
        for value in values { free(value) }
        values = []
    }
}
