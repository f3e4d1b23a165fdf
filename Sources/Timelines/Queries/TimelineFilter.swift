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

    public init(from: CalendarDay? = nil, to: CalendarDay? = nil, withActor: String? = nil, limit: Int? = nil,
                asOf: Date? = nil) {
        self.asOf = asOf
        self.from = from
        self.to = to
        self.withActor = withActor
        self.limit = limit
    }
}
