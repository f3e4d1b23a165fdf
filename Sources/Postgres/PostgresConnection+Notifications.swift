import CPostgres
import Foundation

extension PostgresConnection {
    /// Subscribes this session to `channel` (a plain identifier such as `events_appended`).
    public func listen(_ channel: String) throws {
        let sql = try withRaw { raw in "LISTEN " + (try Identifier.quoted(channel, kind: "channel", connection: raw)) }
        try executeScript(sql)
    }

    /// Ends the subscription to `channel`.
    public func unlisten(_ channel: String) throws {
        let sql = try withRaw { raw in "UNLISTEN " + (try Identifier.quoted(channel, kind: "channel", connection: raw)) }
        try executeScript(sql)
    }

    /// Sends a notification (`pg_notify($1, $2)`); delivered when the current transaction commits.
    public func notify(_ channel: String, payload: String = "") throws {
        try query("SELECT pg_notify($1, $2)", [.text(channel), .text(payload)])
    }

    /// Returns notifications that have arrived, waiting up to `timeout` for the first one.
    /// Returns an empty array when the time runs out. Holds the connection while waiting.
    public func waitForNotifications(timeout: Duration) throws -> [PostgresNotification] {
        let deadline = ContinuousClock.now + timeout
        return try withRaw { raw in
            var received = try Self.drain(raw)
            while received.isEmpty {
                let remaining = ContinuousClock.now.duration(to: deadline)
                if remaining <= .zero { break }
                let socket = PQsocket(raw)
                guard socket >= 0 else { throw ResultReader.connectionError(raw, statement: nil) }
                var descriptor = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
                let (seconds, attoseconds) = remaining.components
                let milliseconds = Int32(clamping: seconds * 1000 + attoseconds / 1_000_000_000_000_000 + 1)
                let ready = poll(&descriptor, 1, milliseconds)
                if ready < 0 {
                    if errno == EINTR { continue }
                    throw PostgresError(code: .timeout, message: "poll() on the connection socket failed (errno \(errno))")
                }
                if ready > 0 { received = try Self.drain(raw) }
            }
            return received
        }
    }

    /// Reads pending input and takes every queued notification (each freed with `PQfreemem`).
    private static func drain(_ raw: OpaquePointer) throws -> [PostgresNotification] {
        guard PQconsumeInput(raw) == 1 else { throw ResultReader.connectionError(raw, statement: nil) }
        var received: [PostgresNotification] = []
        while let notice = PQnotifies(raw) {
            received.append(PostgresNotification(
                channel: String(cString: notice.pointee.relname),
                payload: notice.pointee.extra.map { String(cString: $0) } ?? "",
                senderPID: notice.pointee.be_pid))
            PQfreemem(notice)
        }
        return received
    }

    /// Creates a database. The name must be a plain identifier (it cannot be a bound parameter).
    public func createDatabase(_ name: String) throws {
        let sql = try withRaw { raw in "CREATE DATABASE " + (try Identifier.quoted(name, kind: "database name", connection: raw)) }
        try executeScript(sql)
    }

    /// Drops a database if it exists, ending its other sessions first (`WITH (FORCE)`).
    public func dropDatabase(_ name: String) throws {
        let sql = try withRaw { raw in
            "DROP DATABASE IF EXISTS " + (try Identifier.quoted(name, kind: "database name", connection: raw)) + " WITH (FORCE)"
        }
        try executeScript(sql)
    }
}
