import HindiTemporal

/// The ticks of the time axis, chosen by the span shown: Mondays for a few weeks, month starts for up to
/// three years, year starts beyond; never more than about a dozen.
///
/// `HTMLTimelineAxis.ticks(from: 2025-06-01, to: 2025-09-01)` (as day numbers) → `Jun 2025`, `Jul`, `Aug`.
enum HTMLTimelineAxis {
    struct Tick: Equatable {
        /// Days since 1970-01-01 of the day the tick stands at the start of.
        var dayNumber: Int
        var label: String
    }

    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    static let maximumTicks = 12

    /// Ticks on days in `start..<end` (day numbers).
    static func ticks(from start: Int, to end: Int) -> [Tick] {
        guard end > start else { return [] }
        let span = end - start
        if span <= 75 { return weekTicks(from: start, to: end) }
        if span <= 366 * 3 { return monthTicks(from: start, to: end) }
        return yearTicks(from: start, to: end)
    }

    /// Every Monday, labelled `14 Jul`; the first one and each first of a new year with its year.
    private static func weekTicks(from start: Int, to end: Int) -> [Tick] {
        let first = CalendarDay(dayNumber: start)
        var day = start + (8 - first.weekday) % 7
        var ticks: [Tick] = []
        var lastYear: Int?
        while day < end {
            let date = CalendarDay(dayNumber: day)
            var label = "\(date.day) \(monthNames[date.month - 1])"
            if date.year != lastYear { label += " \(date.year)" }
            lastYear = date.year
            ticks.append(Tick(dayNumber: day, label: label))
            day += 7
        }
        return ticks
    }

    /// Month starts every 1, 2, 3 or 6 months, labelled `Jul`; January and the first tick with the year.
    private static func monthTicks(from start: Int, to end: Int) -> [Tick] {
        let months = Double(end - start) / 30.44
        let stride = [1, 2, 3, 6].first { months / Double($0) <= Double(maximumTicks) } ?? 12
        let first = CalendarDay(dayNumber: start)
        var index = first.year * 12 + (first.month - 1) + (first.day == 1 ? 0 : 1)
        var ticks: [Tick] = []
        while true {
            let year = index / 12, month = index % 12 + 1
            guard let date = CalendarDay(year: year, month: month, day: 1), date.dayNumber < end else { break }
            if (month - 1) % stride == 0 {
                let withYear = month == 1 || ticks.isEmpty
                ticks.append(Tick(dayNumber: date.dayNumber, label: monthNames[month - 1] + (withYear ? " \(year)" : "")))
            }
            index += 1
        }
        return ticks
    }

    /// Year starts every 1, 2, 5, 10, 20, 50 … years, labelled `2025`.
    private static func yearTicks(from start: Int, to end: Int) -> [Tick] {
        let years = Double(end - start) / 365.25
        var stride = 1
        var steps = [1, 2, 5].makeIterator()
        var scale = 1
        while years / Double(stride) > Double(maximumTicks) {
            if let step = steps.next() { stride = step * scale } else {
                scale *= 10
                steps = [1, 2, 5].makeIterator()
            }
        }
        let first = CalendarDay(dayNumber: start)
        var year = first.year + (first.month == 1 && first.day == 1 ? 0 : 1)
        year += (stride - year % stride) % stride
        var ticks: [Tick] = []
        while let date = CalendarDay(year: year, month: 1, day: 1), date.dayNumber < end {
            ticks.append(Tick(dayNumber: date.dayNumber, label: String(year)))
            year += stride
        }
        return ticks
    }
}
