/// First and last calendar day an expression denotes.
public struct DayInterval: Sendable, Hashable, Codable {
    public let first: CalendarDay
    public let last: CalendarDay
    public init(first: CalendarDay, last: CalendarDay) {
        self.first = first
        self.last = last
    }
}
