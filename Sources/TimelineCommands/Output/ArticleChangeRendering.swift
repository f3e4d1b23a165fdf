import Timelines

/// The lines `timeline reprocess --dry-run` (or `--verbose`) prints for one changed article:
/// `-` a retracted entry, `+` a new one, `~` a changed one (its actors before → after).
///
/// ```
/// https://example.test/kim (2025-07-13) "परीक्षण", revision 1
///   - k3v0q8x2mw  2025-07-12  शनिवार  किम जोंग उन
///   + 7d2m0c4x9a  2025-07-14  सोमवार  वांग यी
/// ```
enum ArticleChangeRendering {
    static func lines(_ change: ArticleChange) -> [String] {
        var lines = ["\(change.identifier) (\(change.published.iso)) \"\(change.title)\", revision \(change.revision)"]
        let replaced = Dictionary(change.replaced.map { ($0.entryID, $0) }, uniquingKeysWith: { first, _ in first })
        for entry in change.retracted { lines.append("  - " + describe(entry)) }
        for entry in change.added {
            if let old = replaced[entry.entryID] {
                lines.append("  ~ " + describe(entry, actorsBefore: old.actorNames))
            } else {
                lines.append("  + " + describe(entry))
            }
        }
        return lines
    }

    private static func describe(_ entry: EntrySummary, actorsBefore: [String]? = nil) -> String {
        let actors = entry.actorNames.joined(separator: ", ")
        let before = actorsBefore?.joined(separator: ", ")
        let who = before.map { $0 == actors ? actors : "\($0) → \(actors)" } ?? actors
        return "\(entry.entryID)  \(entry.value)  \(entry.expression)  \(who)"
    }
}
