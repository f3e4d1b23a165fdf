/// Weeks and business days of months and weeks, seasons read by tense, and festivals.
extension ValueResolver {
    /// The year of a month written without one: its own, the sentence's year, or the one the tense
    /// points to ("अक्टूबर में … होगा" → the coming October).
    func monthYear(_ month: Int, _ yearSpec: YearSpec, _ mod: Modifier, _ m: Mention, tense t: ClauseTense) -> Int {
        switch yearSpec {
        case .explicit(let e): return e
        case .relative(let o): return dct.year + o
        case .none:
            if mod == .none, let e = sentenceYear(m) { return e }
            let dir = CalendarChoice.direction(t, modifier: mod, deadline: deadline(m), since: since(m))
            return CalendarChoice.year(dctYear: dct.year, dctKey: dct.year * 12 + dct.month, dir) { $0 * 12 + month }
                ?? dct.year
        }
    }

    func periodPart(_ meaning: Meaning, _ m: Mention) -> Resolved {
        let t = tense(m)
        var r: Resolved
        switch meaning {
        case let .monthWeek(month, yearSpec, mod, week):
            r = PeriodValues.week(week, ofMonth: month, year: monthYear(month, yearSpec, mod, m, tense: t))
        case let .monthWeekday(month, yearSpec, mod, n, wd):
            r = PeriodValues.weekday(wd, n, ofMonth: month, year: monthYear(month, yearSpec, mod, m, tense: t))
        case let .yearWeek(y, week):
            r = PeriodValues.week(week, ofYear: y)
            r.anchor = .explicit
        case let .yearSeason(s, y):
            r = PeriodValues.season(s, y - dct.year + (s == .winter && dct.month <= 2 ? 1 : 0), dct: dct)
            r.anchor = .explicit
        case let .relativeMonthDay(off, day):
            let d = dct.adding(months: off)
            r = CalendarDay(year: d.year, month: d.month, day: day).map { Resolved.day($0) } ?? .month(d.year, d.month)
        case let .relativeMonthWeek(off, week):
            let d = dct.adding(months: off)
            r = PeriodValues.week(week, ofMonth: d.month, year: d.year)
        case let .monthBusinessDay(month, yearSpec, mod, day):
            r = PeriodValues.businessDay(day, ofMonth: month, year: monthYear(month, yearSpec, mod, m, tense: t))
        case let .relativeMonthBusinessDay(off, day):
            let d = dct.adding(months: off)
            r = PeriodValues.businessDay(day, ofMonth: d.month, year: d.year)
        case let .weekBusinessDay(off, day):
            let monday = dct.adding(days: 1 - dct.weekday + 7 * off)
            r = .day(monday.adding(days: day < 0 ? 4 : day - 1))
        case let .weekdayOfWeek(wd, off):
            r = .day(dct.adding(days: wd - dct.weekday + 7 * off))
        case .tensedSeason(let s):
            r = season(s, CalendarChoice.direction(t, modifier: .none, deadline: deadline(m), since: since(m)))
        case let .festival(f, mod):
            r = festival(f, CalendarChoice.direction(t, modifier: mod, deadline: deadline(m), since: since(m)))
        case let .festivalInYear(f, yearSpec):
            let year: Int
            switch yearSpec {
            case .explicit(let y): year = y
            case .relative(let off): year = dct.year + off
            case .none: year = dct.year
            }
            r = Festivals.all[f].day(in: year).map { Resolved.day($0, anchor: .explicit) }
                ?? .unknownDay
        default:
            return .vague("PRESENT_REF")
        }
        r.tense = t.publicTense
        return r
    }

    /// The season the direction points to: the latest begun (past), the next not yet over (future),
    /// or the one holding or nearest the DCT.
    func season(_ s: Season, _ dir: CalendarChoice.Direction) -> Resolved {
        let options = (-1...1).map { PeriodValues.season(s, $0, dct: dct) }
        func first(_ r: Resolved) -> Int { r.interval?.first.dayNumber ?? 0 }
        func last(_ r: Resolved) -> Int { r.interval?.last.dayNumber ?? 0 }
        let today = dct.dayNumber
        switch dir {
        case .onOrBefore, .strictlyBefore:
            return options.last { first($0) <= today } ?? options[1]
        case .onOrAfter, .strictlyAfter:
            return options.first { last($0) >= today } ?? options[1]
        case .nearest, .sameYear:
            return options.min { distance($0, today) < distance($1, today) } ?? options[1]
        }
        func distance(_ r: Resolved, _ d: Int) -> Int { d < first(r) ? first(r) - d : max(0, d - last(r)) }
    }

    /// The festival's day in the year the direction points to, among the years the table covers; an
    /// unknown year leaves it unresolved (`XXXX-XX-XX`).
    func festival(_ f: Int, _ dir: CalendarChoice.Direction) -> Resolved {
        let festival = Festivals.all[f]
        let days = (dct.year - 1...dct.year + 1).flatMap { festival.allDays(in: $0) }
        let today = dct.dayNumber
        var chosen: CalendarDay?
        switch dir {
        case .onOrBefore, .strictlyBefore: chosen = days.last { $0.dayNumber <= today }
        case .onOrAfter, .strictlyAfter: chosen = days.first { $0.dayNumber >= today }
        case .sameYear: chosen = days.first { $0.year == dct.year }
        case .nearest: chosen = days.min { abs($0.dayNumber - today) < abs($1.dayNumber - today) }
        }
        if dir != .strictlyBefore, dir != .strictlyAfter,
           let near = days.min(by: { abs($0.dayNumber - today) < abs($1.dayNumber - today) }),
           abs(near.dayNumber - today) <= CalendarChoice.nearDays {
            chosen = near
        }
        guard let d = chosen else {
            return .unknownDay
        }
        return .day(d)
    }
}
