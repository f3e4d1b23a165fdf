import Timelines

/// The lines `timeline reprocess --dry-run` (or `--verbose`) prints for one changed article:
/// `-` a retracted entry, `+` a new one, `~` a changed one (its actors, and places when it has or
/// had any, before → after).
///
/// ```
/// https://example.test/kim (2025-07-13) "परीक्षण", revision 1
///   - k3v0q8x2mw  2025-07-12  शनिवार  किम जोंग उन
///   + 7d2m0c4x9a  2025-07-14  सोमवार  वांग यी
///   ~ 5q1c8e3m0t  2025-07-15  मंगलवार  किम जोंग उन  where: → प्योंगयांग
/// ```
enum ArticleChangeRendering {
    static func lines(_ change: ArticleChange) -> [String] {
        var lines = ["\(change.identifier) (\(change.published.iso)) \"\(change.title)\", revision \(change.revision)"]
        let replaced = Dictionary(change.replaced.map { ($0.entryID, $0) }, uniquingKeysWith: { first, _ in first })
        for entry in change.retracted { lines.append("  - " + describe(entry)) }
        for entry in change.added {
            if let old = replaced[entry.entryID] {
                lines.append("  ~ " + describe(entry, before: old))
            } else {
                lines.append("  + " + describe(entry))
            }
        }
        return lines
    }

    private static func describe(_ entry: EntrySummary, before old: EntrySummary? = nil) -> String {
        let who = change(old?.actorNames, entry.actorNames)
        let placed = !entry.placeNames.isEmpty || !(old?.placeNames.isEmpty ?? true)
        let places = placed ? "  where: " + change(old?.placeNames, entry.placeNames) : ""
        return "\(entry.entryID)  \(entry.value)  \(entry.expression)  \(who)\(places)"
    }

    /// "a, b", or "a → a, b" when it was something else before.
    private static func change(_ before: [String]?, _ after: [String]) -> String {
        let now = after.joined(separator: ", ")
        guard let before = before?.joined(separator: ", "), before != now else { return now }
        return before.isEmpty ? "→ \(now)" : "\(before) → \(now)"
    }
}
