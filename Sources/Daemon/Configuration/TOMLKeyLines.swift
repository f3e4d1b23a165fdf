/// The line where each key of a TOML document was written, found by a scan of its text, so that an
/// error about a value names its line (TOMLKit gives values, not their positions).
///
/// The scan runs only on text TOMLKit has accepted, so it may take the text for valid TOML 1.0. It
/// reads table headers `[a.b]`, array-of-tables headers `[[a]]` (counting their elements: the
/// second `[[feeds]]` is `feeds[1]`, as ``ConfigReader`` names it) and the key of each
/// `key = value` (bare, quoted or dotted), and skips values whole: strings of all four kinds,
/// arrays and inline tables across lines, comments. Keys inside inline tables and arrays are not
/// recorded; ``ConfigReader`` then names the line of the key that holds them.
///
/// Example: `TOMLKeyLines.scan("[[feeds]]\nname = \"a\"\n[[feeds]]\nurl = 'u'\n")` gives
/// `["feeds": 1, "feeds[0]": 1, "feeds[0].name": 2, "feeds[1]": 3, "feeds[1].url": 4]`.
struct TOMLKeyLines {
    static func scan(_ text: String) -> [String: Int] {
        var scanner = TOMLKeyLines(bytes: Array(text.utf8))
        scanner.run()
        return scanner.lines
    }

    private let bytes: [UInt8]
    private var index = 0
    private var line = 1
    private var lines: [String: Int] = [:]
    /// The path of the table that `key = value` lines go into (`feeds[1]`).
    private var table = ""
    /// Elements so far of each array of tables, by path (`feeds`, `feeds[0].mirrors`).
    private var arrays: [String: Int] = [:]

    private init(bytes: [UInt8]) { self.bytes = bytes }

    private mutating func run() {
        while true {
            skipBlankAndComments()
            guard let c = peek() else { return }
            let before = index
            if c == UInt8(ascii: "[") { header() } else { keyValue() }
            if index == before { advance() }  // never stall on text the scan does not expect
        }
    }

    // MARK: - Lines

    private mutating func header() {
        let start = line
        advance()
        let isArray = take(UInt8(ascii: "["))
        let keys = dottedKey()
        _ = take(UInt8(ascii: "]"))
        if isArray { _ = take(UInt8(ascii: "]")) }
        var path = ""
        for (position, key) in keys.enumerated() {
            path = join(path, key)
            if isArray, position == keys.count - 1 {
                let count = (arrays[path] ?? 0) + 1
                arrays[path] = count
                record(path, start)
                path += "[\(count - 1)]"
            } else if let count = arrays[path] {
                path += "[\(count - 1)]"
            }
            record(path, start)
        }
        table = path
    }

    private mutating func keyValue() {
        let start = line
        var path = table
        for key in dottedKey() {
            path = join(path, key)
            record(path, start)
        }
        skipSpaces()
        guard take(UInt8(ascii: "=")) else { return }
        skipValue()
    }

    /// The first line a path is named on.
    private mutating func record(_ path: String, _ line: Int) {
        if lines[path] == nil { lines[path] = line }
    }

    private func join(_ parent: String, _ key: String) -> String { parent.isEmpty ? key : parent + "." + key }

    // MARK: - Keys

    private mutating func dottedKey() -> [String] {
        var keys: [String] = []
        repeat {
            skipSpaces()
            keys.append(simpleKey())
            skipSpaces()
        } while take(UInt8(ascii: "."))
        return keys
    }

    private mutating func simpleKey() -> String {
        switch peek() {
        case UInt8(ascii: "\""): return basicString()
        case UInt8(ascii: "'"): return literalString()
        default:
            let start = index
            while let c = peek(), Self.isBareKey(c) { advance() }
            return String(decoding: bytes[start..<index], as: UTF8.self)
        }
    }

    private static func isBareKey(_ c: UInt8) -> Bool {
        (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z")) || (c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z"))
            || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")) || c == UInt8(ascii: "_") || c == UInt8(ascii: "-")
    }

    /// A one-line basic string (a quoted key), escapes decoded.
    private mutating func basicString() -> String {
        advance()
        var out: [UInt8] = []
        while let c = peek(), c != UInt8(ascii: "\n") {
            advance()
            if c == UInt8(ascii: "\"") { break }
            guard c == UInt8(ascii: "\\"), let e = peek() else { out.append(c); continue }
            advance()
            switch e {
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "u"), UInt8(ascii: "U"):
                let end = min(index + (e == UInt8(ascii: "u") ? 4 : 8), bytes.count)
                let hex = String(decoding: bytes[index..<end], as: UTF8.self)
                while index < end { advance() }
                if let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) { out += Array(String(scalar).utf8) }
            default: out.append(e)  // \" and \\
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A one-line literal string (a quoted key).
    private mutating func literalString() -> String {
        advance()
        let start = index
        while let c = peek(), c != UInt8(ascii: "'"), c != UInt8(ascii: "\n") { advance() }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        _ = take(UInt8(ascii: "'"))
        return text
    }

    // MARK: - Values

    /// Skips a value up to the end of its (last) line: brackets and braces nest, strings and
    /// comments may hold any character.
    private mutating func skipValue() {
        var depth = 0
        while let c = peek() {
            switch c {
            case UInt8(ascii: "\n") where depth <= 0: return
            case UInt8(ascii: "\""): skipString(quote: c, escapes: true)
            case UInt8(ascii: "'"): skipString(quote: c, escapes: false)
            case UInt8(ascii: "#"): skipComment()
            case UInt8(ascii: "["), UInt8(ascii: "{"): depth += 1; advance()
            case UInt8(ascii: "]"), UInt8(ascii: "}"): depth -= 1; advance()
            default: advance()
            }
        }
    }

    /// Skips a string, one-line or multi-line (three quotes; up to two more quotes may end its content).
    private mutating func skipString(quote: UInt8, escapes: Bool) {
        let multiLine = matches(quote, count: 3)
        for _ in 0..<(multiLine ? 3 : 1) { advance() }
        while let c = peek() {
            if escapes, c == UInt8(ascii: "\\") {
                advance()
                advance()
            } else if multiLine, matches(quote, count: 3) {
                for _ in 0..<3 { advance() }
                for _ in 0..<2 where peek() == quote { advance() }
                return
            } else if !multiLine, c == quote || c == UInt8(ascii: "\n") {
                if c == quote { advance() }
                return
            } else {
                advance()
            }
        }
    }

    // MARK: - Characters

    private func peek() -> UInt8? { index < bytes.count ? bytes[index] : nil }

    private mutating func advance() {
        guard index < bytes.count else { return }
        if bytes[index] == UInt8(ascii: "\n") { line += 1 }
        index += 1
    }

    private mutating func take(_ c: UInt8) -> Bool {
        guard peek() == c else { return false }
        advance()
        return true
    }

    private func matches(_ c: UInt8, count: Int) -> Bool {
        index + count <= bytes.count && bytes[index..<(index + count)].allSatisfy { $0 == c }
    }

    private mutating func skipSpaces() {
        while let c = peek(), c == UInt8(ascii: " ") || c == UInt8(ascii: "\t") { advance() }
    }

    private mutating func skipComment() {
        while let c = peek(), c != UInt8(ascii: "\n") { advance() }
    }

    private mutating func skipBlankAndComments() {
        while let c = peek() {
            if c == UInt8(ascii: "#") { skipComment() } else if c == UInt8(ascii: " ") || c == UInt8(ascii: "\t")
                || c == UInt8(ascii: "\r") || c == UInt8(ascii: "\n") { advance() } else { return }
        }
    }
}
