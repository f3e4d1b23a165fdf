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

    public init() {}

    public static func += (lhs: inout IngestReport, rhs: IngestReport) {
        lhs.new += rhs.new
        lhs.revised += rhs.revised
        lhs.unchanged += rhs.unchanged
        lhs.datedEvents += rhs.datedEvents
    }
}
