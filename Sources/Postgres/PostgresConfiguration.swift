import CPostgres
import Foundation

/// Where and how to connect, parsed by libpq itself from a `postgresql://` URL, a `key=value`
/// conninfo string, or the standard `PG*` environment variables.
///
/// ```swift
/// let config = try PostgresConfiguration(url: "postgresql://postgres@/timeline?host=/tmp/pg&port=5432")
/// config.database              // "timeline"
/// config.redactedDescription   // "postgresql://postgres@/timeline?host=/tmp/pg&port=5432"
/// ```
/// A password is kept only to connect: ``redactedDescription`` shows it as `***`.
public struct PostgresConfiguration: Sendable, Hashable {
    /// libpq keywords and values, in a stable order.
    var parameters: [(key: String, value: String)]

    /// Parses a URL (`postgresql://user@host:port/db?param=value`) or a conninfo string
    /// (`host=/tmp dbname=timeline`). Throws ``PostgresError/Code-swift.struct/invalidConfiguration``.
    public init(url: String) throws {
        var errorMessage: UnsafeMutablePointer<CChar>?
        guard let options = PQconninfoParse(url, &errorMessage) else {
            if let errorMessage { PQfreemem(errorMessage) }
            throw PostgresError(
                code: .invalidConfiguration,
                message: "the connection string is neither a valid postgresql:// URL nor key=value conninfo")
        }
        defer { PQconninfoFree(options) }
        var parsed: [(key: String, value: String)] = []
        var cursor = options
        while let keyword = cursor.pointee.keyword {
            if let value = cursor.pointee.val { parsed.append((String(cString: keyword), String(cString: value))) }
            cursor += 1
        }
        self.parameters = parsed
    }

    init(parameters: [(key: String, value: String)]) { self.parameters = parameters }

    /// Reads `PGHOST`, `PGHOSTADDR`, `PGPORT`, `PGUSER`, `PGPASSWORD`, `PGDATABASE`, `PGSSLMODE`,
    /// `PGAPPNAME`, `PGCONNECT_TIMEOUT` and `PGOPTIONS` from `environment`.
    public static func fromEnvironment(
        _ environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> PostgresConfiguration {
        let mapping: [(String, String)] = [
            ("PGHOST", "host"), ("PGHOSTADDR", "hostaddr"), ("PGPORT", "port"), ("PGUSER", "user"),
            ("PGPASSWORD", "password"), ("PGDATABASE", "dbname"), ("PGSSLMODE", "sslmode"),
            ("PGAPPNAME", "application_name"), ("PGCONNECT_TIMEOUT", "connect_timeout"), ("PGOPTIONS", "options"),
        ]
        var parsed: [(key: String, value: String)] = []
        for (variable, keyword) in mapping {
            if let value = environment[variable], !value.isEmpty { parsed.append((keyword, value)) }
        }
        return PostgresConfiguration(parameters: parsed)
    }

    /// The value of a libpq keyword (`host`, `port`, `user`, `dbname`, ...); never `password`.
    public func value(_ keyword: String) -> String? {
        guard keyword != "password" else { return nil }
        return parameters.last(where: { $0.key == keyword })?.value
    }

    /// The database name, when set.
    public var database: String? { value("dbname") }
    /// The role name, when set.
    public var user: String? { value("user") }
    /// Whether a password is configured.
    public var hasPassword: Bool { parameters.contains { $0.key == "password" } }

    /// A copy connecting to another database on the same server.
    public func withDatabase(_ name: String) -> PostgresConfiguration {
        setting("dbname", to: name)
    }

    /// A copy with one libpq keyword set (replacing an earlier value).
    public func setting(_ keyword: String, to value: String) -> PostgresConfiguration {
        var copy = self
        copy.parameters.removeAll { $0.key == keyword }
        copy.parameters.append((keyword, value))
        return copy
    }

    /// The configuration as a `postgresql://` URL. Includes the password only when asked to; pass it to
    /// other processes through `PGPASSWORD` instead where possible.
    public func url(includingPassword: Bool) -> String {
        render(password: includingPassword ? .include : .redact)
    }

    /// The URL with no password at all, for handing to another program together with
    /// ``childProcessEnvironment()``.
    public var urlWithoutPassword: String { render(password: .omit) }

    /// `PGPASSWORD` for a child process (empty when no password is configured), so that the password
    /// never appears on a command line.
    public func childProcessEnvironment() -> [String: String] {
        guard let password = parameters.last(where: { $0.key == "password" })?.value else { return [:] }
        return ["PGPASSWORD": password]
    }

    private enum PasswordRendering { case include, redact, omit }

    private func render(password rendering: PasswordRendering) -> String {
        var authority = ""
        if let user = value("user") {
            authority += Self.percentEncoded(user, allowSlash: false)
            if let password = parameters.last(where: { $0.key == "password" })?.value {
                switch rendering {
                case .include: authority += ":" + Self.percentEncoded(password, allowSlash: false)
                case .redact: authority += ":***"
                case .omit: break
                }
            }
            authority += "@"
        }
        var query: [String] = []
        if let host = value("host") {
            if host.hasPrefix("/") || host.contains(",") {
                query.append("host=" + Self.percentEncoded(host, allowSlash: true))
            } else {
                authority += host.contains(":") ? "[\(host)]" : Self.percentEncoded(host, allowSlash: false)
            }
        }
        if let port = value("port") {
            if query.isEmpty && value("host").map({ !$0.hasPrefix("/") }) == true {
                authority += ":" + port
            } else {
                query.append("port=" + Self.percentEncoded(port, allowSlash: false))
            }
        }
        for (key, value) in parameters where !["user", "password", "host", "port", "dbname"].contains(key) {
            query.append(key + "=" + Self.percentEncoded(value, allowSlash: true))
        }
        var text = "postgresql://" + authority + "/" + Self.percentEncoded(database ?? "", allowSlash: false)
        if !query.isEmpty { text += "?" + query.joined(separator: "&") }
        return text
    }

    /// The URL with any password replaced by `***`; safe to print and log.
    public var redactedDescription: String { url(includingPassword: false) }

    static func percentEncoded(_ text: String, allowSlash: Bool) -> String {
        var out = ""
        for byte in text.utf8 {
            let isUnreserved = (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57)
                || byte == 45 || byte == 46 || byte == 95 || byte == 126 || (allowSlash && byte == 47)
            if isUnreserved {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                out += String(format: "%%%02X", byte)
            }
        }
        return out
    }

    public static func == (lhs: PostgresConfiguration, rhs: PostgresConfiguration) -> Bool {
        lhs.parameters.map { [$0.key, $0.value] } == rhs.parameters.map { [$0.key, $0.value] }
    }

    public func hash(into hasher: inout Hasher) {
        for (key, value) in parameters {
            hasher.combine(key)
            hasher.combine(value)
        }
    }
}
