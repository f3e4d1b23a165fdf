/// The event types this product writes to the log. The names are part of the stored format.
public enum TimelineEventType {
    /// An article (or a new revision of it) was taken in. Stream: `article-…`.
    public static let articleIngested = "ArticleIngested"
    /// Extraction of an article revision: its dated entries (sentences that date something
    /// involving actors), counts, and unresolved expressions. Stream: `article-…`.
    public static let articleExtracted = "ArticleExtracted"
}
