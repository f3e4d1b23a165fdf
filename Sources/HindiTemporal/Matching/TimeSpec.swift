/// The time-of-day part of a TIME.
enum TimeSpec: Sendable, Equatable {
    case partOfDay(PartOfDay)
    case clock(hour: Int, minute: Int)
}
