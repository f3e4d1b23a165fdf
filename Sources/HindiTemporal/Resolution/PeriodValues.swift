/// Values and intervals of calendar periods (weeks, months, quarters, fiscal years, seasons …).
enum PeriodValues {
    /// The period of `unit` that is `off` units from `base`: a day, ISO week, month, year, decade or century.
    static func relative(_ unit: TimeUnit, _ off: Int, from base: CalendarDay) -> Resolved {
        switch unit {
        case .second, .minute, .hour, .day: return .day(base.adding(days: unit == .day ? off : 0))
        case .week: return .week(of: base.adding(days: 7 * off))
        case .fortnight: return .week(of: base.adding(days: 14 * off))
        case .month:
            let d = base.adding(months: off)
            return .month(d.year, d.month)
        case .year: return .year(base.year + off, anchor: .publicationDate)
        case .decade:
            let n = base.year / 10 + off
            return Resolved(type: .date, value: CalendarDay.pad(n, 3), granularity: .decade,
                            interval: Resolved.span(n * 10, 1, 1, n * 10 + 9, 12, 31))
        case .century:
            let n = base.year / 100 + off
            return Resolved(type: .date, value: CalendarDay.pad(n, 2), granularity: .century,
                            interval: Resolved.span(n * 100, 1, 1, n * 100 + 99, 12, 31))
        }
    }

    /// India's fiscal year starting in April of `y`.
    static func fiscal(_ y: Int, anchor: Anchor) -> Resolved {
        Resolved(type: .date, value: "FY\(CalendarDay.pad(y, 4))", granularity: .fiscalYear,
                 interval: Resolved.span(y, 4, 1, y + 1, 3, 31), anchor: anchor)
    }

    /// Quarter `q` of year `y`.
    static func quarter(_ y: Int, _ q: Int) -> Resolved {
        let m1 = (q - 1) * 3 + 1
        return Resolved(type: .date, value: "\(CalendarDay.pad(y, 4))-Q\(q)", granularity: .quarter,
                        interval: Resolved.span(y, m1, 1, y, m1 + 2, CalendarDay.daysIn(month: m1 + 2, year: y)))
    }

    /// The season `off` years from the DCT's (a winter runs December–February).
    static func season(_ s: Season, _ off: Int, dct: CalendarDay) -> Resolved {
        var y = dct.year + off
        if s == .winter, dct.month <= 2 { y -= 1 }
        let interval: DayInterval?
        switch s {
        case .spring: interval = Resolved.span(y, 3, 1, y, 5, 31)
        case .summer: interval = Resolved.span(y, 6, 1, y, 8, 31)
        case .autumn: interval = Resolved.span(y, 9, 1, y, 11, 30)
        case .winter: interval = Resolved.span(y, 12, 1, y + 1, 2, CalendarDay.isLeap(y + 1) ? 29 : 28)
        }
        return Resolved(type: .date, value: "\(CalendarDay.pad(y, 4))-\(s.code)", granularity: .season, interval: interval)
    }

    /// Week `n` (1…5, or -1 for the last) of a month: the ISO week holding its day 7n − 3 (most of
    /// whose days are in the month), or its last day − 3. "जनवरी 2026 के पहले हफ्ते" → 2026-W01.
    static func week(_ n: Int, ofMonth month: Int, year: Int) -> Resolved {
        let length = CalendarDay.daysIn(month: month, year: year)
        let day = n < 0 ? length - 3 : min(7 * n - 3, length)
        guard let d = CalendarDay(year: year, month: month, day: day) else { return .month(year, month) }
        return .week(of: d)
    }

    /// Business day `n` (1…, or -1 for the last) of a month, Monday to Friday (holidays are not
    /// known): "फरवरी 2025 के अंतिम कारोबारी दिन" → 2025-02-28.
    static func businessDay(_ n: Int, ofMonth month: Int, year: Int) -> Resolved {
        nthDay(n, ofMonth: month, year: year) { $0.weekday <= 5 }
    }

    /// The n-th (1…5, or -1 for the last) `weekday` (1 = Monday) of a month: "जुलाई 2025 के पहले
    /// शुक्रवार" → 2025-07-04.
    static func weekday(_ weekday: Int, _ n: Int, ofMonth month: Int, year: Int) -> Resolved {
        nthDay(n, ofMonth: month, year: year) { $0.weekday == weekday }
    }

    /// The n-th (1…, or -1 for the last) day of a month that `counts`; the month when there is none.
    private static func nthDay(_ n: Int, ofMonth month: Int, year: Int, counts: (CalendarDay) -> Bool) -> Resolved {
        let length = CalendarDay.daysIn(month: month, year: year)
        let days = (1...length).compactMap { CalendarDay(year: year, month: month, day: $0) }.filter(counts)
        if n < 0, let last = days.last { return .day(last) }
        guard n >= 1, n <= days.count else { return .month(year, month) }
        return .day(days[n - 1])
    }

    /// ISO week `n` of a year (or its last, -1): "2015 का पहला सप्ताह" → 2015-W01.
    static func week(_ n: Int, ofYear year: Int) -> Resolved {
        guard let jan4 = CalendarDay(year: year, month: 1, day: 4), let dec28 = CalendarDay(year: year, month: 12, day: 28) else {
            return .year(year)
        }
        return .week(of: n < 0 ? dec28 : jan4.adding(days: 7 * (n - 1)))
    }
}
