/// Payload of `ArticleExtracted`: what extraction made of one revision of an article — its
/// dated entries, how many temporal expressions it found, and which date or time expressions
/// could not be placed on the calendar.
///
/// One event per revision keeps the log compact (an article with six dated sentences is two
/// events, not eight) while every entry keeps its own stable id.
///
/// For "अभी बातचीत जारी है और सुबह 7 बजे दुकानें खुलती हैं" the unresolved list holds "अभी"
/// (PRESENT_REF, vague) and "सुबह 7 बजे" (XXXX-XX-XXT07:00, no calendar day).
public struct ArticleExtracted: Sendable, Codable, Equatable {
    public struct Unresolved: Sendable, Codable, Equatable {
        public var text: String
        public var start: Int
        public var end: Int
        public var type: String
        public var value: String
        /// `vague` (PRESENT_REF, PAST_REF, FUTURE_REF) or `no-calendar-day` (a time or date without a day).
        public var reason: String
    }

    public var streamID: String
    public var articleRevision: Int
    /// The dated entries, in text order.
    public var entries: [DatedEntry]
    /// Temporal expressions of every type found.
    public var expressions: Int
    public var unresolved: [Unresolved]
    public var extractorVersion: String
    public var gazetteerRevision: String

    /// The fields every entry of this extraction shares.
    struct Header {
        var streamID: String
        var articleRevision: Int
        var extractorVersion: String
        var gazetteerRevision: String
    }

    var header: Header {
        Header(streamID: streamID, articleRevision: articleRevision, extractorVersion: extractorVersion,
               gazetteerRevision: gazetteerRevision)
    }
}
