import Foundation

/// The SQL examples of README.md's "For analysts" section: each ```sql block and the plain ```
/// block that follows it (the output psql printed for it).
struct ReadmeExample: Equatable {
    var sql: String
    var expectedOutput: String

    struct ParseError: Error, CustomStringConvertible {
        var description: String
    }

    /// Parses the section that starts at the heading `## For analysts` and ends at the next `## ` heading.
    static func parse(readme: String, section: String = "## For analysts") throws -> [ReadmeExample] {
        let lines = readme.components(separatedBy: "\n")
        guard let start = lines.firstIndex(of: section) else { throw ParseError(description: "README.md has no \"\(section)\" heading") }
        let end = lines[(start + 1)...].firstIndex { $0.hasPrefix("## ") } ?? lines.endIndex
        var examples: [ReadmeExample] = []
        var pendingSQL: String?
        var index = start + 1
        while index < end {
            let fence = lines[index]
            guard fence.hasPrefix("```") else { index += 1; continue }
            guard let close = lines[(index + 1)..<end].firstIndex(of: "```") else {
                throw ParseError(description: "README.md line \(index + 1): code block is not closed")
            }
            let body = lines[(index + 1)..<close].joined(separator: "\n")
            if fence == "```sql" {
                if pendingSQL != nil { throw ParseError(description: "README.md line \(index + 1): sql block follows an sql block without output") }
                pendingSQL = body
            } else if fence == "```", let sql = pendingSQL {
                examples.append(ReadmeExample(sql: sql, expectedOutput: body))
                pendingSQL = nil
            }
            index = close + 1
        }
        if pendingSQL != nil { throw ParseError(description: "README.md: the last sql block of \"\(section)\" has no output block") }
        return examples
    }
}
