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
                lines.append("  ~ " + describe(entry, actorsBefore: old.actors))
            } else {
                lines.append("  + " + describe(entry))
            }
        }
        return lines
    }

    private static func describe(_ entry: DatedEntry, actorsBefore: [DatedEntry.ActorRef]? = nil) -> String {
        let actors = names(entry.actors)
        let who = actorsBefore.map { before in names(before) == actors ? actors : "\(names(before)) → \(actors)" } ?? actors
        return "\(entry.entryID)  \(entry.expression.value)  \(entry.expression.text)  \(who)"
    }

    private static func names(_ actors: [DatedEntry.ActorRef]) -> String {
        actors.map(\.name).joined(separator: ", ")
    }
}
