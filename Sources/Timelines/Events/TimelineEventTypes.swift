/// The event types this product writes to the log. The names are part of the stored format.
public enum TimelineEventType {
    /// An article (or a new revision of it) was taken in. Stream: `article-…`.
    public static let articleIngested = "ArticleIngested"
    /// Extraction of an article revision: its dated entries (sentences that date something
    /// involving actors), counts, and unresolved expressions. Stream: `article-…`.
    public static let articleExtracted = "ArticleExtracted"
    /// Entries of an article that no longer hold (re-extraction). Stream: `article-…`.
    public static let entriesRetracted = "EntriesRetracted"
    /// Entries found later in an article already extracted (re-extraction). Stream: `article-…`.
    public static let entriesAdded = "EntriesAdded"
    /// Actor curation, one type per act; stream `actor-curation`. See `ActorCurationEvent`.
    public static let actorAdded = "ActorAdded"
    public static let actorAliasAdded = "ActorAliasAdded"
    public static let actorsMerged = "ActorsMerged"
    public static let actorRenamed = "ActorRenamed"
    public static let actorRejected = "ActorRejected"
    /// Event curation, stream `event-curation`. See `EventCurationEvent`.
    public static let eventSplit = "EventSplit"
    public static let eventsMerged = "EventsMerged"
}
