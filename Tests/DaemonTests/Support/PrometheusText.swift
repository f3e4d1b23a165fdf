/// A strict reader of the Prometheus text exposition (version 0.0.4), for checking what the
/// metrics endpoint serves: every line is a `# HELP`, a `# TYPE` or a sample
/// `name{label="value",…} value`, and every sample belongs to a family whose TYPE came before it.
///
/// Example: `try PrometheusText.parse("# TYPE x_total counter\nx_total{source=\"spool\"} 2\n")
/// .value("x_total", ["source": "spool"])` is 2.
struct PrometheusText {
    struct Sample: Equatable {
        var name: String
        var labels: [String: String]
        var value: Double
    }

    struct Malformed: Error, CustomStringConvertible {
        var line: Int
        var text: String
        var reason: String
        var description: String { "line \(line) \(reason): \(text)" }
    }

    /// Family name → `counter`, `gauge`, `histogram`, `summary` or `untyped`.
    private(set) var types: [String: String] = [:]
    private(set) var help: [String: String] = [:]
    private(set) var samples: [Sample] = []

    static func parse(_ text: String) throws -> PrometheusText {
        var result = PrometheusText()
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = index + 1
            func fail(_ reason: String) -> Malformed { Malformed(line: number, text: String(line), reason: reason) }
            if line.isEmpty { continue }
            if line.hasPrefix("#") {
                let words = line.split(separator: " ", maxSplits: 3, omittingEmptySubsequences: false)
                guard words.count >= 3, words[0] == "#" else { throw fail("is a comment that is neither HELP nor TYPE") }
                let name = String(words[2])
                guard isMetricName(name) else { throw fail("names no valid metric") }
                switch words[1] {
                case "TYPE":
                    guard words.count == 4, ["counter", "gauge", "histogram", "summary", "untyped"].contains(words[3]) else {
                        throw fail("has no known type")
                    }
                    guard result.types[name] == nil else { throw fail("types a family twice") }
                    guard !result.samples.contains(where: { result.family(of: $0.name) == name }) else {
                        throw fail("types a family after its samples")
                    }
                    result.types[name] = String(words[3])
                case "HELP": result.help[name] = words.count == 4 ? String(words[3]) : ""
                default: continue  // other comments are allowed by the format
                }
                continue
            }
            var rest = line[...]
            let name = String(rest.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == ":" })
            guard isMetricName(name) else { throw fail("starts with no metric name") }
            rest = rest.dropFirst(name.count)
            var labels: [String: String] = [:]
            if rest.first == "{" {
                rest = rest.dropFirst()
                while rest.first != "}" {
                    let label = String(rest.prefix { $0.isLetter || $0.isNumber || $0 == "_" })
                    guard !label.isEmpty, label.first?.isNumber == false else { throw fail("has a label without a name") }
                    rest = rest.dropFirst(label.count)
                    guard rest.hasPrefix("=\"") else { throw fail("has a label without =\"value\"") }
                    rest = rest.dropFirst(2)
                    var value = ""
                    while let character = rest.first, character != "\"" {
                        rest = rest.dropFirst()
                        guard character == "\\" else { value.append(character); continue }
                        switch rest.first {
                        case "\\": value.append("\\")
                        case "\"": value.append("\"")
                        case "n": value.append("\n")
                        default: throw fail("has an unknown escape in a label value")
                        }
                        rest = rest.dropFirst()
                    }
                    guard rest.first == "\"" else { throw fail("has an unterminated label value") }
                    rest = rest.dropFirst()
                    guard labels.updateValue(value, forKey: label) == nil else { throw fail("repeats the label \(label)") }
                    if rest.first == "," { rest = rest.dropFirst() } else if rest.first != "}" { throw fail("has labels not separated by commas") }
                }
                rest = rest.dropFirst()
            }
            guard rest.first == " " else { throw fail("has no space before its value") }
            let fields = rest.dropFirst().split(separator: " ", omittingEmptySubsequences: false)
            guard (1...2).contains(fields.count), let value = Double(fields[0]) else { throw fail("has no number as its value") }
            if fields.count == 2, Int64(fields[1]) == nil { throw fail("has a timestamp that is not an integer") }
            guard result.family(of: name) != nil else { throw fail("comes before the TYPE of its family") }
            result.samples.append(Sample(name: name, labels: labels, value: value))
        }
        return result
    }

    /// The family a sample name belongs to: itself when typed, else a typed histogram or summary
    /// it is the `_bucket`, `_sum` or `_count` of.
    func family(of sample: String) -> String? {
        if types[sample] != nil { return sample }
        for suffix in ["_bucket", "_sum", "_count"] where sample.hasSuffix(suffix) {
            let base = String(sample.dropLast(suffix.count))
            if types[base] == "histogram" || (types[base] == "summary" && suffix != "_bucket") { return base }
        }
        return nil
    }

    /// The value of the sample with exactly these labels.
    func value(_ name: String, _ labels: [String: String] = [:]) -> Double? {
        samples.first { $0.name == name && $0.labels == labels }?.value
    }

    func samples(named name: String) -> [Sample] { samples.filter { $0.name == name } }

    private static func isMetricName(_ name: String) -> Bool {
        guard let first = name.first, first.isLetter || first == "_" || first == ":" else { return false }
        return name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == ":") }
    }
}
