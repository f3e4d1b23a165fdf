import HindiTemporal

/// A plain-text table of temporal expressions, aligned by terminal width (see `DisplayWidth`).
enum TimexTable {
    static func render(_ found: [TemporalExpression]) -> String {
        var table = TextTable(headers: ["#", "text", "start-end", "type", "value", "tense", "anchor", "rule"])
        for (k, e) in found.enumerated() {
            let text = e.text.unicodeScalars.map { $0.properties.isWhitespace ? " " : String($0) }.joined()
            table.append([String(k), text, "\(e.scalarRange.lowerBound)-\(e.scalarRange.upperBound)", e.type.rawValue,
                          e.value, e.tense.rawValue, e.anchor.label, e.rule])
        }
        return table.render() + "\n"
    }
}
