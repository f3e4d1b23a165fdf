/// The one error type of the `Postgres` module.
///
/// `description` is deliberately terse (code and SQLSTATE only) so that logging an error can never leak
/// data; `debugDescription` (`String(reflecting: error)`) adds the server's message, detail and hint and
/// the statement text. Bound parameter values, passwords and full connection strings are never stored.
///
/// ```swift
/// do { try conn.query("INSERT INTO t(id) VALUES ($1)", [.int(1)]) }
/// catch let error as PostgresError where error.sqlState == "23505" { /* unique violation */ }
/// ```
public struct PostgresError: Error, Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    /// What kind of failure this is.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        enum Base: String, Sendable, Hashable {
            case connectionFailed, connectionClosed, invalidConfiguration, server, protocolViolation
            case invalidParameter, invalidIdentifier, decoding, copyFailed, timeout
        }
        let base: Base
        private init(_ base: Base) { self.base = base }

        /// The server could not be reached or refused the login (wrong host, role, password, database).
        public static let connectionFailed = Code(.connectionFailed)
        /// The connection was closed (by `close()` or by the server) before or during the call.
        public static let connectionClosed = Code(.connectionClosed)
        /// The connection string or URL could not be parsed.
        public static let invalidConfiguration = Code(.invalidConfiguration)
        /// The server rejected a statement; see ``PostgresError/sqlState``.
        public static let server = Code(.server)
        /// libpq or the server answered in a way this client does not expect.
        public static let protocolViolation = Code(.protocolViolation)
        /// A bound value cannot be sent (for example text containing a NUL byte).
        public static let invalidParameter = Code(.invalidParameter)
        /// A channel or database name is not a plain identifier.
        public static let invalidIdentifier = Code(.invalidIdentifier)
        /// A column value could not be read as the requested Swift type.
        public static let decoding = Code(.decoding)
        /// `COPY ... FROM STDIN` failed on the client side.
        public static let copyFailed = Code(.copyFailed)
        /// Waiting on the connection socket failed.
        public static let timeout = Code(.timeout)

        public var description: String { base.rawValue }
    }

    /// The kind of failure.
    public let code: Code
    /// The five-character SQLSTATE reported by the server, when there is one (for example `23505`).
    public let sqlState: String?
    /// The server's (or libpq's) primary message.
    public let message: String
    /// The server's DETAIL field, which may quote row data; only shown by `debugDescription`.
    public let detail: String?
    /// The server's HINT field.
    public let hint: String?
    /// The constraint a violation names (for example `events_event_id_key`), when the server says.
    public let constraint: String?
    /// The SQL text of the failing statement, with `$n` placeholders (never the bound values).
    public let statement: String?

    /// Creates an error; used by this module and by tests.
    public init(
        code: Code, sqlState: String? = nil, message: String, detail: String? = nil, hint: String? = nil,
        constraint: String? = nil, statement: String? = nil
    ) {
        self.constraint = constraint
        self.code = code
        self.sqlState = sqlState
        self.message = message
        self.detail = detail
        self.hint = hint
        self.statement = statement
    }

    public var description: String {
        var text = "PostgresError(code: \(code)"
        if let sqlState { text += ", sqlState: \(sqlState)" }
        return text + ") – use String(reflecting:) for details"
    }

    public var debugDescription: String {
        var text = "PostgresError(code: \(code)"
        if let sqlState { text += ", sqlState: \(sqlState)" }
        text += ", message: \(message.debugDescription)"
        if let detail { text += ", detail: \(detail.debugDescription)" }
        if let hint { text += ", hint: \(hint.debugDescription)" }
        if let constraint { text += ", constraint: \(constraint)" }
        if let statement { text += ", statement: \(statement.debugDescription)" }
        return text + ")"
    }
}
