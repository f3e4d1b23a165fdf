import HindiTemporal

/// What a reprocess changes in one article: shown by `timeline reprocess --dry-run`.
///
/// After the alias "किम" was taken from Kim Jong Un, "किम ने शनिवार को परीक्षण देखा।" has one
/// retracted entry (Saturday; Kim) and nothing added.
public struct ArticleChange: Sendable, Equatable {
    public var streamID: String
    public var identifier: String
    public var title: String
    public var published: CalendarDay
    public var revision: Int
    /// Stored entries that no longer hold.
    public var retracted: [EntrySummary]
    /// Entries appended: new ones, and new versions of changed ones.
    public var added: [EntrySummary]
    /// The stored versions of the changed entries that `added` replaces.
    public var replaced: [EntrySummary]
}
