import HindiTemporal

/// A plain-text table of temporal expressions, aligned by display width (non-spacing marks such
/// as virama, anusvara and most vowel signs take no column, as in wcwidth).
enum TimexTable {
    static func render(_ found: [TemporalExpression]) -> String {
        let header = ["#", "text", "start-end", "type", "value", "tense", "anchor", "rule"]
        var rows = [header]
        for (k, e) in found.enumerated() {
            let text = e.text.unicodeScalars.map { $0.properties.isWhitespace ? " " : String($0) }.joined()
            rows.append([String(k), text, "\(e.scalarRange.lowerBound)-\(e.scalarRange.upperBound)", e.type.rawValue,
                         e.value, e.tense.rawValue, e.anchor.label, e.rule])
        }
        var widths = Array(repeating: 0, count: header.count)
        for r in rows { for (c, cell) in r.enumerated() { widths[c] = max(widths[c], width(cell)) } }
        var out = ""
        for r in rows {
            var line = ""
            for (c, cell) in r.enumerated() {
                line += cell
                if c < r.count - 1 { line += String(repeating: " ", count: widths[c] - width(cell) + 2) }
            }
            out += line + "\n"
        }
        return out
    }

    /// Terminal columns: non-spacing and enclosing marks, ZWJ/ZWNJ and controls take none.
    static func width(_ s: String) -> Int {
        var w = 0
        for u in s.unicodeScalars {
            switch u.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .format, .control: continue
            default: w += 1
            }
        }
        return w
    }
}
