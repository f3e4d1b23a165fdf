import Foundation
import Postgres

/// Why an append or read was refused. Nothing is written when an append throws.
///
/// `description` names only the kind of error; `debugDescription` adds streams, fields and sizes.
/// ```swift
/// do { try log.append(to: "actor:भारत", events, expected: .exactly(3)) }
/// catch let error as EventLogError {
///     if case .wrongExpectedVersion(_, _, let actual) = error.code { /* reload from version actual */ }
/// }
/// ```
public struct EventLogError: Error, Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    /// The kind of error, with what and where.
    public enum Code: Sendable, Equatable {
        /// Another writer appended first: the stream is at `actual`, not at `expected`.
        case wrongExpectedVersion(stream: String, expected: ExpectedVersion, actual: Int64)
        /// The stream id is empty or longer than ``EventLog/maximumStreamIDBytes`` bytes.
        case invalidStreamID(reason: String)
        /// The event type name at `index` is empty.
        case invalidEventType(index: Int)
        /// The named field (for example `events[2].data`) is not valid JSON.
        case invalidJSON(field: String)
        /// The named field is larger than the documented limit (UTF-8 bytes).
        case payloadTooLarge(field: String, size: Int, limit: Int)
        /// The named field contains a NUL character, which PostgreSQL cannot store in text.
        case nulByte(field: String)
        /// The same event id appears twice in one append.
        case duplicateEventID(UUID)
        /// The event ids were stored before, but with other content (or in another stream or order).
        case idempotencyMismatch(stream: String)
        /// The database failed; see ``EventLogError/underlying``.
        case database
    }

    public let code: Code
    /// The database error behind ``Code/database``.
    public let underlying: PostgresError?

    public init(_ code: Code, underlying: PostgresError? = nil) {
        self.code = code
        self.underlying = underlying
    }

    public var description: String {
        switch code {
        case .wrongExpectedVersion: return "EventLogError(wrongExpectedVersion)"
        case .invalidStreamID: return "EventLogError(invalidStreamID)"
        case .invalidEventType: return "EventLogError(invalidEventType)"
        case .invalidJSON: return "EventLogError(invalidJSON)"
        case .payloadTooLarge: return "EventLogError(payloadTooLarge)"
        case .nulByte: return "EventLogError(nulByte)"
        case .duplicateEventID: return "EventLogError(duplicateEventID)"
        case .idempotencyMismatch: return "EventLogError(idempotencyMismatch)"
        case .database: return "EventLogError(database: \(underlying.map { String(describing: $0) } ?? "unknown"))"
        }
    }

    public var debugDescription: String {
        switch code {
        case .wrongExpectedVersion(let stream, let expected, let actual):
            return "wrong expected version for stream \(stream.debugDescription): expected \(expected), stream is at version \(actual)"
        case .invalidStreamID(let reason): return "invalid stream id: \(reason)"
        case .invalidEventType(let index): return "event type of events[\(index)] is empty"
        case .invalidJSON(let field): return "\(field) is not valid JSON"
        case .payloadTooLarge(let field, let size, let limit): return "\(field) is \(size) bytes; the limit is \(limit) bytes"
        case .nulByte(let field): return "\(field) contains a NUL character (U+0000)"
        case .duplicateEventID(let id): return "event id \(id) appears more than once in one append"
        case .idempotencyMismatch(let stream):
            return "event ids appended to stream \(stream.debugDescription) are already stored with different content"
        case .database: return "database error: " + (underlying.map { String(reflecting: $0) } ?? "unknown")
        }
    }
}
