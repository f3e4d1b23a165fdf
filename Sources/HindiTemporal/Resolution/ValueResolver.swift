/// Turns mentions, in text order, into TIMEX values against the DCT, tracking the latest
/// day-granular date for anchored expressions ("उसी दिन", "दो दिन बाद", "शाम चार बजे").
struct ValueResolver {
    let dct: CalendarDay
    /// The tokens of the chunk being resolved.
    private(set) var c: MatchContext
    /// The latest day-granular date so far and its index in the output.
    private(set) var lastDay: (day: CalendarDay, index: Int)?
    /// The first day of the latest dated expression of any granularity (a year, a month, a day).
    var lastDated: (day: CalendarDay, index: Int)?
    /// Year and sentence of the latest expression that wrote its year out ("2015 में", "मार्च 2015").
    var lastExplicitYear: (year: Int, sentence: Int32, index: Int, last: Int)?
    /// Last token of the mention that set `lastDay` (in the current chunk).
    var lastDayEnd = -10
    /// Sentence of `lastDay`.
    var lastDaySentence: Int32 = -1
    /// The part of day of the previous mention and its last token ("शनिवार रात करीब 11 बजे").
    var lastPartOfDay: (pod: PartOfDay, last: Int)?
    /// The hour of the previous mention, if a clock time, and its last token ("सुबह 10:30 से 3 बजे").
    var lastClock: (hour: Int, last: Int)?

    init(dct: CalendarDay, context: MatchContext) {
        self.dct = dct
        self.c = context
    }

    /// Continues with the next chunk of the same text (token indices restart; sentence numbers run on).
    mutating func use(_ context: MatchContext) {
        c = context
        lastPartOfDay = nil
        lastClock = nil
        lastDayEnd = -10
    }

    mutating func resolve(_ m: Mention, index: Int, next: Mention?) -> Resolved {
        var r = value(m.meaning, m, next: next)
        if r.granularity == .vague, r.type == .date { r.anchor = .publicationDate }
        // a year used as part of a name ("विश्व कप 2023 के क्वालीफायर") does not date the sentence
        let nameLike = r.granularity == .year && m.last + 1 < c.count && c.tokens[m.last + 1].kind == .word
            && !c.has(m.last + 1, .postposition)
        if r.anchor == .explicit, let i = r.interval, !nameLike, !isReferencePoint(m),
           r.granularity == .year || r.granularity == .month || r.granularity == .day {
            lastExplicitYear = (i.first.year, c.tokens[m.first].sentence, index, m.last)
        }
        if r.type == .date, let i = r.interval, r.granularity != .century, r.granularity != .decade {
            lastDated = (i.first, index)
        }
        if let e = lastExplicitYear, e.index != index, r.anchor == .publicationDate, sentenceYear(m) != nil,
           r.granularity == .day || r.granularity == .month, r.interval?.first.year == e.year {
            r.anchor = .previousExpression(e.index)
        }
        if let d = r.day {
            lastDayEnd = m.last
            lastDay = (d, index)
            lastDaySentence = c.tokens[m.first].sentence
        }
        if case let .timed(_, .partOfDay(p)) = m.meaning {
            lastPartOfDay = (p, m.last)
        } else if let p = m.partOfDay ?? partOfDayWord(in: m) {
            lastPartOfDay = (p, m.last)
        } else {
            lastPartOfDay = nil
        }
        lastClock = r.clockHour.map { ($0, m.last) }
        return r
    }

    /// A part-of-day word inside the mention ("22 अप्रैल की शाम 5" → evening).
    func partOfDayWord(in m: Mention) -> PartOfDay? {
        var k = m.first
        while k <= m.last {
            if let p = c.lex(k)?.partOfDay { return p }
            k += 1
        }
        return nil
    }

    func tense(_ m: Mention) -> ClauseTense { TenseDetector.tense(c, first: m.first, last: m.last) }

    var anchorDay: (CalendarDay, Anchor) {
        if let l = lastDay { return (l.day, .previousExpression(l.index)) }
        return (dct, .publicationDate)
    }

    func value(_ meaning: Meaning, _ m: Mention, next: Mention?) -> Resolved {
        switch meaning {
        case let .weekday(wd, mod):
            let t = tense(m)
            // "सोमवार, 14 जुलाई" / "14 जुलाई, सोमवार": the date next to it names the day
            if mod == .none || mod == .indefinite, let d = appositiveDate(m, next: next), d.weekday == wd {
                return .day(d, tense: t.publicTense)
            }
            // "इस शुक्रवार": the Friday of the DCT's week
            if mod == .this { return .day(dct.adding(days: wd - dct.weekday), tense: t.publicTense) }
            let d = CalendarChoice.weekday(wd, dct: dct, CalendarChoice.direction(t, modifier: mod, deadline: false, since: since(m)))
            return .day(d, tense: t.publicTense)
        case let .dayMonth(day, month, yearSpec, mod):
            let t = tense(m)
            var y: Int
            switch yearSpec {
            case .explicit(let e): y = e
            case .relative(let o): y = dct.year + o
            case .none:
                if mod == .none, let e = sentenceYear(m) {
                    y = e
                } else {
                    let dir = CalendarChoice.direction(t, modifier: mod, deadline: deadline(m), since: since(m))
                    let key = { (y: Int) in CalendarDay(year: y, month: month, day: day)?.dayNumber }
                    y = CalendarChoice.year(dctYear: dct.year, dctKey: dct.dayNumber, dir, key: key) ?? dct.year
                    // a day within three weeks of publication is that one, whatever the tense says
                    if mod == .none, let near = CalendarChoice.nearYear(dctYear: dct.year, dctKey: dct.dayNumber,
                                                                         within: CalendarChoice.nearDays, key: key) {
                        y = near
                    }
                }
            }
            guard let d = CalendarDay(year: y, month: month, day: day) else { return .month(y, month) }
            return .day(d, tense: t.publicTense)
        case let .month(month, yearSpec, mod):
            if case .explicit(let e) = yearSpec { return .month(e, month, anchor: .explicit) }
            let t = tense(m)
            // "मई से सितंबर तक": the first month of a range is the one before the second
            if case .none = yearSpec, mod == .none, let end = rangeEnd(m, next: next), case let .month(endMonth, _, _) = end.meaning,
               let endYear = value(end.meaning, end, next: nil).interval?.first.year {
                return .month(month <= endMonth ? endYear : endYear - 1, month, tense: t.publicTense)
            }
            return .month(monthYear(month, yearSpec, mod, m, tense: t), month, tense: t.publicTense)
        case .hinduMonth:
            return .year(dct.year)
        case .year(let y):
            return .year(y, anchor: .explicit)
        case .fullDate(let d):
            return .day(d, anchor: .explicit)
        case let .unitRelative(unit, off):
            return PeriodValues.relative(unit, off, from: dct)
        case .weekend(let off):
            return .week(of: dct.adding(days: 7 * off), weekend: true)
        case .deictic(let d):
            return deictic(d, m, next: next)
        case let .ago(n, unit):
            // "कल से दो दिन पहले": counted from the day named right before
            if let d = countedFrom(m) {
                var r = PeriodValues.relative(unit, -Int(n), from: d.day)
                r.anchor = .previousExpression(d.index)
                return r
            }
            var r = PeriodValues.relative(unit, -Int(n), from: dct)
            r.tense = .past
            return r
        case let .later(n, unit):
            let t = tense(m)
            if let d = countedFrom(m) {
                var r = PeriodValues.relative(unit, Int(n), from: d.day)
                r.anchor = .previousExpression(d.index)
                r.tense = t.publicTense
                return r
            }
            // "1998 में शादी हुई और दो साल बाद …": months and years count from the latest date of any size
            if t != .future, unit.rawValue >= TimeUnit.month.rawValue, let d = lastDated {
                var r = PeriodValues.relative(unit, Int(n), from: d.day)
                r.anchor = .previousExpression(d.index)
                r.tense = t.publicTense
                return r
            }
            if t == .future || lastDay == nil {
                var r = PeriodValues.relative(unit, Int(n), from: dct)
                r.tense = t.publicTense
                return r
            }
            let a = anchorDay
            var r = PeriodValues.relative(unit, Int(n), from: a.0)
            r.anchor = a.1
            return r
        case let .within(n, unit):
            let t = tense(m)
            guard t == .future else {
                return Resolved(type: .duration, value: DurationMatcher.value(n, unit), granularity: .duration, interval: nil)
            }
            var r = PeriodValues.relative(unit, Int(n), from: dct)
            r.tense = .future
            return r
        case .dayOfMonth(let d):
            let t = tense(m)
            let dir = CalendarChoice.direction(t, modifier: .none, deadline: deadline(m))
            let base = dct.year * 12 + dct.month - 1
            var best: CalendarDay?
            for off in -1...1 {
                let idx = base + off
                guard let day = CalendarDay(year: idx / 12, month: idx % 12 + 1, day: d) else { continue }
                switch dir {
                case .onOrBefore, .strictlyBefore: if day <= dct { best = day }
                case .onOrAfter, .strictlyAfter: if day >= dct && best == nil { best = day }
                case .sameYear, .nearest:
                    if let b = best, abs(b.dayNumber - dct.dayNumber) <= abs(day.dayNumber - dct.dayNumber) { continue }
                    best = day
                }
            }
            guard let chosen = best else { return .vague("PRESENT_REF") }
            return .day(chosen, tense: t.publicTense)
        case .anchoredUnit(let unit):
            guard let d = lastDated else { return PeriodValues.relative(unit, 0, from: dct) }
            var r = PeriodValues.relative(unit, 0, from: d.day)
            r.anchor = .previousExpression(d.index)
            return r
        case .anchoredDay(let off):
            let a = anchorDay
            return .day(a.0.adding(days: off), anchor: a.1)
        case .fiscal(let y):
            return PeriodValues.fiscal(y, anchor: .explicit)
        case .fiscalRelative(let off):
            return PeriodValues.fiscal((dct.month >= 4 ? dct.year : dct.year - 1) + off, anchor: .publicationDate)
        case .decade(let n):
            return Resolved(type: .date, value: CalendarDay.pad(n, 3), granularity: .decade,
                            interval: Resolved.span(n * 10, 1, 1, n * 10 + 9, 12, 31), anchor: .explicit)
        case .century(let n):
            return Resolved(type: .date, value: CalendarDay.pad(n, 2), granularity: .century,
                            interval: Resolved.span(n * 100, 1, 1, n * 100 + 99, 12, 31), anchor: .explicit)
        case let .quarter(q, ys):
            var y = dct.year
            if case .explicit(let e) = ys { y = e }
            return PeriodValues.quarter(y, q)
        case .quarterRelative(let off):
            let idx = dct.year * 4 + (dct.month - 1) / 3 + off
            return PeriodValues.quarter(idx / 4, idx % 4 + 1)
        case let .halfYear(h, ys):
            var y = dct.year
            if case .explicit(let e) = ys { y = e }
            return Resolved(type: .date, value: "\(CalendarDay.pad(y, 4))-H\(h)", granularity: .half,
                            interval: h == 1 ? Resolved.span(y, 1, 1, y, 6, 30) : Resolved.span(y, 7, 1, y, 12, 31))
        case let .season(s, off):
            return PeriodValues.season(s, off, dct: dct)
        case .duration(let v):
            return Resolved(type: .duration, value: v, granularity: .duration, interval: nil)
        case .set(let v):
            return Resolved(type: .set, value: v, granularity: .set, interval: nil)
        case let .timed(base, spec):
            return timed(base, spec, m, next: next)
        case .tensedSeason, .monthWeek, .monthWeekday, .yearWeek, .yearSeason, .relativeMonthDay, .relativeMonthWeek, .monthBusinessDay, .relativeMonthBusinessDay,
             .weekBusinessDay, .weekdayOfWeek, .festival, .festivalInYear:
            return periodPart(meaning, m)
        }
    }

    func deictic(_ d: Deictic, _ m: Mention, next: Mention?) -> Resolved {
        switch d {
        case .presentRef: return .vague("PRESENT_REF")
        case .pastRef: return .vague("PAST_REF")
        case .futureRef: return .vague("FUTURE_REF")
        case .today: return .day(dct, tense: .present)
        case .kal, .parson:
            // "कल यानी शनिवार", "कल शनिवार को": the apposition names the day.
            if let n = next, (n.first == m.last + 2 && c.has(m.last + 1, .namely)) || n.first == m.last + 1,
               case let .weekday(wd, _) = n.meaning {
                let t = tense(n)
                return .day(CalendarChoice.weekday(wd, dct: dct, CalendarChoice.direction(t, modifier: .none, deadline: false)),
                            tense: t.publicTense)
            }
            let t = tense(m)
            let step = d == .kal ? 1 : 2
            let future = t == .future || t == .scheduled
            return .day(dct.adding(days: future ? step : -step), tense: t.publicTense)
        }
    }
}
