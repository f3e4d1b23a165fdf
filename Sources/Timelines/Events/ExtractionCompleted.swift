/// Payload of `ExtractionCompleted`: what extraction found in one revision of an article, so that
/// coverage can be reported — how many expressions, how many became dated events, and which
/// date or time expressions could not be placed on the calendar.
///
/// For "अभी बातचीत जारी है और सुबह 7 बजे दुकानें खुलती हैं" this lists "अभी" (PRESENT_REF, vague)
/// and "सुबह 7 बजे" (XXXX-XX-XXT07:00, no day) as unresolved.
public struct ExtractionCompleted: Sendable, Codable, Equatable {
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
    /// Temporal expressions of every type found.
    public var expressions: Int
    public var datedEvents: Int
    public var unresolved: [Unresolved]
    public var extractorVersion: String
    public var gazetteerRevision: String
}
