/// What one ingest did.
public struct IngestReport: Sendable, Equatable {
    /// Articles seen for the first time.
    public var new = 0
    /// Articles whose content changed: a new revision was recorded.
    public var revised = 0
    /// Articles already stored with the same content: nothing was written.
    public var unchanged = 0
    /// Dated events recorded.
    public var datedEvents = 0
    /// Articles the event log refused, each with the log's reason; the others were recorded.
    public var refused: [Refusal] = []

    /// An article left out, and why.
    public struct Refusal: Sendable, Equatable {
        /// The article's identifier (its url or id).
        public var identifier: String
        /// What the event log said.
        public var reason: String

        public init(identifier: String, reason: String) {
            self.identifier = identifier
            self.reason = reason
        }
    }

    public init() {}

    public static func += (lhs: inout IngestReport, rhs: IngestReport) {
        lhs.new += rhs.new
        lhs.revised += rhs.revised
        lhs.unchanged += rhs.unchanged
        lhs.datedEvents += rhs.datedEvents
        lhs.refused += rhs.refused
    }
}
