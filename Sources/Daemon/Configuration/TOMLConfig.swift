import TOMLKit

/// TOML configuration text to ``ConfigValue``s, with the line where each key was written.
///
/// The document is parsed by TOMLKit (toml++, all of TOML 1.0); a syntax error names the file,
/// line and column toml++ reports (columns count Unicode scalars), as in
/// `d.toml:2:13: is not valid TOML: Error while parsing key-value pair: …`. TOMLKit gives values but not their positions, so the lines of
/// keys come from ``TOMLKeyLines``, a scan of the same text.
///
/// Example: `TOMLConfig.parse("[[feeds]]\nname = \"देश\"\ninterval_seconds = 300\n", file: "d.toml")` gives
/// `root == .table(["feeds": .array([.table(["name": .string("देश"), "interval_seconds": .integer(300)])])])`
/// and `lines["feeds[0].name"] == 2`.
enum TOMLConfig {
    static func parse(_ text: String, file: String) throws(ConfigError) -> (root: ConfigValue, lines: [String: Int]) {
        // TOMLKit hands the text to C as a C string: a NUL would silently end the document there.
        if let nul = text.utf8.firstIndex(of: 0) {
            let line = text.utf8[..<nul].reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
            throw ConfigError(file: file, line: line, reason: "contains a NUL character, which TOML does not allow")
        }
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ConfigError(file: file, line: error.source.begin.line, column: error.source.begin.column,
                              reason: "is not valid TOML: \(error.description)")
        } catch {
            throw ConfigError(file: file, reason: "is not valid TOML (\(error))")
        }
        return (value(table), TOMLKeyLines.scan(text))
    }

    private static func value(_ node: any TOMLValueConvertible) -> ConfigValue {
        if let table = node.table {
            var out: [String: ConfigValue] = [:]
            for (key, item) in table { out[key] = value(item) }
            return .table(out)
        }
        if let array = node.array { return .array(array.map(value)) }
        if let text = node.string { return .string(text) }
        if let number = node.int { return .integer(Int64(number)) }
        if let number = node.double { return .float(number) }
        if let flag = node.bool { return .bool(flag) }
        // What is left are TOML's dates, times and date-times; no key takes one.
        return .dateTime(node.debugDescription)
    }
}
