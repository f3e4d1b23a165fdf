/// A mention's value once resolved against the DCT and the text before it.
struct Resolved: Sendable {
    var type: TemporalType
    var value: String
    var granularity: Granularity
    var interval: DayInterval?
    var tense: Tense = .none
    var anchor: Anchor = .publicationDate
    /// The calendar day this denotes, when it is day-granular (a later "उस दिन" anchors to it).
    var day: CalendarDay?
    /// The hour of a clock time (0…24), which a later bare clock time of a range reads.
    var clockHour: Int?

    static func vague(_ value: String) -> Resolved {
        Resolved(type: .date, value: value, granularity: .vague, interval: nil)
    }

    /// A day no table or text can name: a festival in a year its table does not cover.
    static let unknownDay = Resolved(type: .date, value: "XXXX-XX-XX", granularity: .day, interval: nil)

    static func day(_ d: CalendarDay, anchor: Anchor = .publicationDate, tense: Tense = .none) -> Resolved {
        Resolved(type: .date, value: d.iso, granularity: .day, interval: DayInterval(first: d, last: d),
                 tense: tense, anchor: anchor, day: d)
    }

    static func month(_ year: Int, _ month: Int, anchor: Anchor = .publicationDate, tense: Tense = .none) -> Resolved {
        let first = CalendarDay(year: year, month: month, day: 1) ?? CalendarDay(dayNumber: 0)
        let last = CalendarDay(year: year, month: month, day: CalendarDay.daysIn(month: month, year: year)) ?? first
        return Resolved(type: .date, value: "\(CalendarDay.pad(year, 4))-\(CalendarDay.pad(month, 2))",
                        granularity: .month, interval: DayInterval(first: first, last: last), tense: tense, anchor: anchor)
    }

    static func year(_ y: Int, anchor: Anchor = .publicationDate) -> Resolved {
        Resolved(type: .date, value: CalendarDay.pad(y, 4), granularity: .year, interval: span(y, 1, 1, y, 12, 31),
                 anchor: anchor)
    }

    static func week(of d: CalendarDay, weekend: Bool = false) -> Resolved {
        let w = d.isoWeek
        let monday = d.adding(days: 1 - d.weekday)
        let first = weekend ? monday.adding(days: 5) : monday
        let value = "\(CalendarDay.pad(w.year, 4))-W\(CalendarDay.pad(w.week, 2))" + (weekend ? "-WE" : "")
        return Resolved(type: .date, value: value, granularity: weekend ? .weekend : .week,
                        interval: DayInterval(first: first, last: monday.adding(days: 6)))
    }

    /// Interval from y1-m1-d1 to y2-m2-d2 (nil if out of range).
    static func span(_ y1: Int, _ m1: Int, _ d1: Int, _ y2: Int, _ m2: Int, _ d2: Int) -> DayInterval? {
        guard let a = CalendarDay(year: y1, month: m1, day: d1), let b = CalendarDay(year: y2, month: m2, day: d2) else {
            return nil
        }
        return DayInterval(first: a, last: b)
    }
}
