import CPostgres

/// Sole owner of a `PGconn *`: `PQfinish` runs exactly once, from `finish()` or from `deinit`.
struct ConnectionHandle: ~Copyable, @unchecked Sendable {
    private(set) var raw: OpaquePointer?

    init(_ raw: OpaquePointer) { self.raw = raw }

    mutating func finish() {
        if let raw { PQfinish(raw) }
        raw = nil
    }

    deinit {
        if let raw { PQfinish(raw) }
    }
}
