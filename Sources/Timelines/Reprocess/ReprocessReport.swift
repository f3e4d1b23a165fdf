/// What one reprocess did (in a dry run: would do).
public struct ReprocessReport: Sendable, Equatable {
    /// Article streams read from the log.
    public var scanned = 0
    /// Articles that passed `--since`: re-extracted, or skipped as up to date.
    public var examined = 0
    /// Of those, articles skipped because their entries were made by the current extractor and gazetteer.
    public var upToDate = 0
    /// Articles whose entries changed: events appended for them.
    public var changed = 0
    /// Entries retracted.
    public var retracted = 0
    /// Entries added, new or replacing a changed one.
    public var added = 0
    /// Of the added entries, those that replace an entry with the same id.
    public var replaced = 0
    /// Articles redone because another writer appended to them meanwhile.
    public var retried = 0

    public init() {}

    public static func += (lhs: inout ReprocessReport, rhs: ReprocessReport) {
        lhs.scanned += rhs.scanned
        lhs.examined += rhs.examined
        lhs.upToDate += rhs.upToDate
        lhs.changed += rhs.changed
        lhs.retracted += rhs.retracted
        lhs.added += rhs.added
        lhs.replaced += rhs.replaced
        lhs.retried += rhs.retried
    }
}
