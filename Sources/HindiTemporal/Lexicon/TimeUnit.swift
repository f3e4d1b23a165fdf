/// Units of time words (दिन, हफ्ता, महीना, साल …), smallest first.
enum TimeUnit: UInt8, Sendable {
    case second, minute, hour, day, week, fortnight, month, year, decade, century
}
