import Foundation
import HindiTemporal

/// Which entries of a timeline to show.
public struct TimelineFilter: Sendable, Equatable {
    /// Entries whose interval ends on or after this day.
    public var from: CalendarDay?
    /// Entries whose interval starts on or before this day.
    public var to: CalendarDay?
    /// Only entries that also name this actor (an actor key).
    public var withActor: String?
    public var limit: Int?
    /// The timeline as it was known at this moment (by recording time): entries recorded later
    /// are absent, entries retracted later are present.
    public var asOf: Date?
    /// Only entries of these CAMEO root codes (`"04"`, `"17"`).
    public var cameo: [String]?
    /// Only entries of these quad classes (1…4).
    public var quads: [Int]?
    /// Only entries with these realis values (`actual`, `planned`, `negated`, `hypothetical`).
    public var realis: [String]?
    /// Only entries where the actor has one of these roles (`source`, `target`, `other`).
    public var roles: [String]?

    public init(from: CalendarDay? = nil, to: CalendarDay? = nil, withActor: String? = nil, limit: Int? = nil,
                asOf: Date? = nil) {
        self.asOf = asOf
        self.from = from
        self.to = to
        self.withActor = withActor
        self.limit = limit
    }
}
