/// A day of the proleptic Gregorian calendar, without time or zone.
///
/// `CalendarDay(iso: "2025-07-13")?.weekday` → `7` (Sunday).
public struct CalendarDay: Sendable, Hashable, Comparable, Codable {
    public let year: Int
    public let month: Int
    public let day: Int

    /// A valid calendar day, or nil (e.g. 2025-02-30).
    public init?(year: Int, month: Int, day: Int) {
        guard year >= 1, year <= 9999, month >= 1, month <= 12, day >= 1,
              day <= CalendarDay.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`.
    public init?(iso: String) {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// `YYYY-MM-DD`.
    public var iso: String {
        guard (0...9999).contains(year) else {
            return "\(CalendarDay.pad(year, 4))-\(CalendarDay.pad(month, 2))-\(CalendarDay.pad(day, 2))"
        }
        // Ten ASCII digits and dashes, written in place: timelines format thousands of these per answer.
        return String(unsafeUninitializedCapacity: 10) { out in
            let zero = UInt8(ascii: "0"), dash = UInt8(ascii: "-")
            out[0] = zero + UInt8(year / 1000); out[1] = zero + UInt8(year / 100 % 10)
            out[2] = zero + UInt8(year / 10 % 10); out[3] = zero + UInt8(year % 10)
            out[4] = dash; out[5] = zero + UInt8(month / 10); out[6] = zero + UInt8(month % 10)
            out[7] = dash; out[8] = zero + UInt8(day / 10); out[9] = zero + UInt8(day % 10)
            return 10
        }
    }

    /// Days since 1970-01-01.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The day with the given day number (days since 1970-01-01).
    public init(dayNumber: Int) {
        let z = dayNumber + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    public func adding(days: Int) -> CalendarDay { CalendarDay(dayNumber: dayNumber + days) }

    /// ISO weekday: 1 = Monday … 7 = Sunday.
    public var weekday: Int {
        let w = (dayNumber + 3) % 7  // 1970-01-01 was a Thursday (index 3 from Monday)
        return (w < 0 ? w + 7 : w) + 1
    }

    /// The same day `n` months later (clamped to the month's last day).
    public func adding(months n: Int) -> CalendarDay {
        let total = year * 12 + (month - 1) + n
        let y = total / 12, m = total % 12 + 1
        let d = min(day, CalendarDay.daysIn(month: m, year: y))
        return CalendarDay(year: y, month: m, day: d) ?? self
    }

    /// ISO-8601 week-numbering year and week.
    public var isoWeek: (year: Int, week: Int) {
        let thursday = adding(days: 4 - weekday)
        guard let jan1 = CalendarDay(year: thursday.year, month: 1, day: 1) else { return (year, 1) }
        return (thursday.year, (thursday.dayNumber - jan1.dayNumber) / 7 + 1)
    }

    public static func < (a: CalendarDay, b: CalendarDay) -> Bool { a.dayNumber < b.dayNumber }

    public static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}
