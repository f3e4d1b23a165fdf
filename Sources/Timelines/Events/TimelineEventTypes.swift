/// The event types this product writes to the log. The names are part of the stored format.
public enum TimelineEventType {
    /// An article (or a new revision of it) was taken in. Stream: `article-…`.
    public static let articleIngested = "ArticleIngested"
    /// A sentence of an article dates something that involves one or more actors. Stream: `article-…`.
    public static let datedEventRecorded = "DatedEventRecorded"
    /// Extraction of one article revision finished; counts and unresolved expressions. Stream: `article-…`.
    public static let extractionCompleted = "ExtractionCompleted"
}
