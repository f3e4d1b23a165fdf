import CPostgres
import Foundation

/// Bound values as the C arrays `PQexecParams` and friends expect; the strings are freed by `release()`.
struct ParameterBuffer {
    var types: [Oid]
    var values: [UnsafeMutablePointer<CChar>?]

    init(_ parameters: [PostgresValue]) throws {
        guard parameters.count <= 65_535 else {
            throw PostgresError(code: .invalidParameter, message: "\(parameters.count) parameters; PostgreSQL allows at most 65535")
        }
        types = parameters.map { Oid($0.typeOID) }
        values = []
        values.reserveCapacity(parameters.count)
        do {
            for parameter in parameters { values.append(try parameter.encoded().map { strdup($0) }) }
        } catch {
            release()
            throw error
        }
    }

    var count: Int32 { Int32(values.count) }

    /// Calls `body` with pointers valid for its duration.
    func withPointers<T>(_ body: (UnsafePointer<Oid>?, UnsafePointer<UnsafePointer<CChar>?>?) throws -> T) rethrows -> T {
        let constValues = values.map { UnsafePointer($0) }
        return try types.withUnsafeBufferPointer { typePointer in
            try constValues.withUnsafeBufferPointer { valuePointer in
                try body(typePointer.baseAddress, valuePointer.baseAddress)
            }
        }
    }

    mutating func release() {
        for value in values { free(value) }
        values = []
    }
}
