/// A plain text table whose columns stay aligned with Devanagari text in a terminal.
struct TextTable {
    var headers: [String]
    var rows: [[String]] = []
    /// Widest a column may be before its cells are cut (nil: no limit).
    var maxWidths: [Int?]

    init(headers: [String], maxWidths: [Int?]? = nil) {
        self.headers = headers
        self.maxWidths = maxWidths ?? Array(repeating: nil, count: headers.count)
    }

    mutating func append(_ row: [String]) { rows.append(row) }

    func render() -> String {
        let cells = ([headers] + rows).map { row in
            row.enumerated().map { index, cell -> String in
                let flat = cell.split(whereSeparator: \.isNewline).joined(separator: " ")
                guard index < maxWidths.count, let limit = maxWidths[index] else { return flat }
                return DisplayWidth.truncate(flat, to: limit)
            }
        }
        var widths = Array(repeating: 0, count: headers.count)
        for row in cells { for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], DisplayWidth.of(cell)) } }
        var lines: [String] = []
        for (n, row) in cells.enumerated() {
            let line = row.enumerated().map { i, cell in i == row.count - 1 ? cell : DisplayWidth.pad(cell, to: widths[i]) }
                .joined(separator: "  ")
            lines.append(line)
            if n == 0 { lines.append(widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")) }
        }
        return lines.joined(separator: "\n")
    }
}
