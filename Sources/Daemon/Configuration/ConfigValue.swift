/// A value of a daemon configuration file, whether it was written as TOML or JSON.
///
/// Example: the TOML line `name = "देश"` inside `[[feeds]]` gives
/// `.table(["feeds": .array([.table(["name": .string("देश")])])])`.
public enum ConfigValue: Sendable, Equatable {
    case string(String)
    case integer(Int64)
    case float(Double)
    case bool(Bool)
    /// A TOML date, time or date-time, as TOML writes it (JSON has none; no key takes one).
    case dateTime(String)
    case array([ConfigValue])
    case table([String: ConfigValue])

    /// A word for the value's type, for error messages.
    public var typeName: String {
        switch self {
        case .string: return "a string"
        case .integer: return "an integer"
        case .float: return "a float"
        case .bool: return "a boolean"
        case .dateTime: return "a date or time"
        case .array: return "an array"
        case .table: return "a table"
        }
    }
}

/// Why a configuration file could not be used: the file, line (when known), column (for a TOML
/// syntax error), key and reason.
///
/// Example: `feeds.toml:7: key 'feeds[0].interval_seconds': expected a number, got a string`.
public struct ConfigError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var column: Int?
    public var key: String?
    public var reason: String

    public init(file: String, line: Int? = nil, column: Int? = nil, key: String? = nil, reason: String) {
        self.file = file
        self.line = line
        self.column = column
        self.key = key
        self.reason = reason
    }

    public var description: String {
        var text = file
        if let line { text += ":\(line)" + (column.map { ":\($0)" } ?? "") }
        if let key { text += ": key '\(key)'" }
        return text + ": " + reason
    }
}
