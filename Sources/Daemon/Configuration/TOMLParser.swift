/// A parser for the subset of TOML the daemon's configuration needs: `key = value` pairs, tables
/// (`[http]`, `[a.b]`), arrays of tables (`[[feeds]]`), basic and literal strings, integers
/// (with `_` separators), floats, booleans, and arrays (which may span lines). Comments start
/// with `#`. Inline tables, dates and multi-line strings are refused with a clear error.
///
/// Example: `TOMLParser.parse("[[feeds]]\nname = \"देश\"\ninterval_seconds = 300\n", file: "d.toml")`
/// gives `root == .table(["feeds": .array([.table(["name": .string("देश"), "interval_seconds": .integer(300)])])])`
/// and `lines["feeds[0].name"] == 2`.
public struct TOMLParser {
    /// The parsed document and the line where each key path was written (`feeds[0].url`).
    public struct Document: Sendable {
        public var root: ConfigValue
        public var lines: [String: Int]
    }

    let file: String
    private var scalars: [Unicode.Scalar]
    private var index = 0
    private var line = 1
    var root: [String: ConfigValue] = [:]
    /// The path of the table that `key = value` lines currently go into.
    var currentPath: [PathPart] = []
    private var lines: [String: Int] = [:]
    var definedTables: Set<String> = []

    enum PathPart: Equatable { case key(String), element(String, Int) }

    private init(text: String, file: String) {
        self.file = file
        self.scalars = Array(text.unicodeScalars)
    }

    /// Parses `text`; `file` names it in errors.
    public static func parse(_ text: String, file: String) throws(ConfigError) -> Document {
        var parser = TOMLParser(text: text, file: file)
        try parser.run()
        return Document(root: .table(parser.root), lines: parser.lines)
    }

    private mutating func run() throws(ConfigError) {
        while true {
            skipBlankAndComments()
            guard let c = peek() else { return }
            if c == "[" {
                try tableHeader()
            } else {
                try keyValue()
            }
            try endOfLine()
        }
    }

    // MARK: - Lines

    private mutating func tableHeader() throws(ConfigError) {
        advance()
        let isArray = peek() == "["
        if isArray { advance() }
        skipSpaces()
        let keys = try dottedKey()
        skipSpaces()
        guard take("]"), !isArray || take("]") else { throw fail(nil, isArray ? "expected ']]' to close the array-of-tables header" : "expected ']' to close the table header") }
        let name = keys.joined(separator: ".")
        if isArray {
            let count = try appendTable(at: keys)
            currentPath = Array(keys.dropLast().map { PathPart.key($0) }) + [.element(keys[keys.count - 1], count - 1)]
            lines[describe(currentPath)] = line
        } else {
            guard definedTables.insert(name).inserted else { throw fail(name, "table [\(name)] is defined twice") }
            currentPath = keys.map { .key($0) }
            _ = try tableAt(currentPath, creating: true)
            lines[name] = line
        }
    }

    private mutating func keyValue() throws(ConfigError) {
        let keys = try dottedKey()
        skipSpaces()
        let path = describe(currentPath + keys.map { .key($0) })
        guard take("=") else { throw fail(path, "expected '=' after the key") }
        skipSpaces()
        let startLine = line
        let value = try parseValue(key: path)
        let parent = currentPath + keys.dropLast().map { .key($0) }
        let last = keys[keys.count - 1]
        var table = try tableAt(parent, creating: true)
        guard table[last] == nil else { throw fail(path, "is set twice", line: startLine) }
        table[last] = value
        try store(table, at: parent)
        lines[path] = startLine
    }

    private mutating func endOfLine() throws(ConfigError) {
        skipSpaces()
        if peek() == "#" { while let c = peek(), c != "\n" { advance() } }
        guard let c = peek() else { return }
        if c == "\r" { advance() }
        guard take("\n") else { throw fail(nil, "unexpected '\(peek().map(String.init) ?? "")' after the value; one key = value per line") }
    }

    // MARK: - Keys

    private mutating func dottedKey() throws(ConfigError) -> [String] {
        var keys: [String] = []
        repeat {
            skipSpaces()
            keys.append(try simpleKey())
            skipSpaces()
        } while take(".")
        return keys
    }

    private mutating func simpleKey() throws(ConfigError) -> String {
        if peek() == "\"" { return try basicString(key: nil) }
        if peek() == "'" { return try literalString(key: nil) }
        var key = ""
        while let c = peek(), Self.isBareKey(c) { key.unicodeScalars.append(c); advance() }
        guard !key.isEmpty else { throw fail(nil, "expected a key (letters, digits, '_' or '-') or a table header") }
        return key
    }

    private static func isBareKey(_ c: Unicode.Scalar) -> Bool {
        (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9") || c == "_" || c == "-"
    }

    // MARK: - Values

    private mutating func parseValue(key: String) throws(ConfigError) -> ConfigValue {
        guard let c = peek(), c != "\n" else { throw fail(key, "a value is missing after '='") }
        switch c {
        case "\"":
            if matches("\"\"\"") { throw fail(key, "multi-line strings are not supported; use one line with \\n") }
            return .string(try basicString(key: key))
        case "'":
            if matches("'''") { throw fail(key, "multi-line strings are not supported") }
            return .string(try literalString(key: key))
        case "[": return try array(key: key)
        case "{": throw fail(key, "inline tables are not supported; use a [table] header")
        default:
            var word = ""
            while let c = peek(), !" \t\r\n#,]".unicodeScalars.contains(c) { word.unicodeScalars.append(c); advance() }
            if word == "true" { return .bool(true) }
            if word == "false" { return .bool(false) }
            let digits = word.replacingOccurrences(of: "_", with: "")
            if word.first != "_", word.last != "_", !word.contains("__") {
                if let integer = Int64(digits.hasPrefix("+") ? String(digits.dropFirst()) : digits) { return .integer(integer) }
                if digits.contains(where: { $0.isNumber }), !digits.lowercased().contains("n"), let float = Double(digits) {
                    return .float(float)
                }
            }
            throw fail(key, "'\(word)' is not a value: strings need quotes; numbers, true and false do not")
        }
    }

    private mutating func array(key: String) throws(ConfigError) -> ConfigValue {
        advance()
        var items: [ConfigValue] = []
        while true {
            skipBlankAndComments()
            if take("]") { return .array(items) }
            guard peek() != nil else { throw fail(key, "the array is not closed with ']'") }
            items.append(try parseValue(key: key))
            skipBlankAndComments()
            if take(",") { continue }
            skipBlankAndComments()
            guard peek() != nil else { throw fail(key, "the array is not closed with ']'") }
            guard take("]") else { throw fail(key, "expected ',' or ']' in the array") }
            return .array(items)
        }
    }

    private mutating func basicString(key: String?) throws(ConfigError) -> String {
        advance()
        var out = ""
        while let c = peek() {
            if c == "\n" { throw fail(key, "the string is not closed on its line") }
            advance()
            switch c {
            case "\"": return out
            case "\\":
                guard let e = peek() else { break }
                advance()
                switch e {
                case "n": out += "\n"
                case "t": out += "\t"
                case "r": out += "\r"
                case "\"": out += "\""
                case "\\": out += "\\"
                case "u", "U":
                    let count = e == "u" ? 4 : 8
                    var hex = ""
                    for _ in 0..<count { if let h = peek() { hex.unicodeScalars.append(h); advance() } }
                    guard let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) else {
                        throw fail(key, "'\\\(e)\(hex)' is not a valid Unicode escape")
                    }
                    out.unicodeScalars.append(scalar)
                default: throw fail(key, "unknown escape '\\\(e)' in a string")
                }
            default: out.unicodeScalars.append(c)
            }
        }
        throw fail(key, "the string is not closed")
    }

    private mutating func literalString(key: String?) throws(ConfigError) -> String {
        advance()
        var out = ""
        while let c = peek() {
            if c == "\n" { throw fail(key, "the string is not closed on its line") }
            advance()
            if c == "'" { return out }
            out.unicodeScalars.append(c)
        }
        throw fail(key, "the string is not closed")
    }

    // MARK: - Characters

    private func peek() -> Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

    private mutating func advance() {
        if index < scalars.count, scalars[index] == "\n" { line += 1 }
        index += 1
    }

    private mutating func take(_ c: Unicode.Scalar) -> Bool {
        guard peek() == c else { return false }
        advance()
        return true
    }

    private func matches(_ text: String) -> Bool {
        let wanted = Array(text.unicodeScalars)
        return index + wanted.count <= scalars.count && Array(scalars[index..<(index + wanted.count)]) == wanted
    }

    private mutating func skipSpaces() {
        while let c = peek(), c == " " || c == "\t" { advance() }
    }

    private mutating func skipBlankAndComments() {
        while let c = peek() {
            if c == " " || c == "\t" || c == "\r" || c == "\n" { advance() } else if c == "#" {
                while let d = peek(), d != "\n" { advance() }
            } else { return }
        }
    }

    func fail(_ key: String?, _ reason: String, line: Int? = nil) -> ConfigError {
        ConfigError(file: file, line: line ?? self.line, key: key, reason: reason)
    }
}
