/// Day-month(-year) and month(-year) dates: "12 जुलाई 2025", "30 नवंबर, 1917", "गत 14 मार्च",
/// "5 व 6 मार्च" (5 alone is a date too), "12-14 मई", "जून", "नवंबर 2020", "जनवरी माह", "जुलाई के अंत",
/// "जनवरी के पहले हफ्ते" (a week), "फरवरी के अंतिम कारोबारी दिन" (a day).
enum CalendarDateMatcher {
    static func match(_ c: MatchContext, _ i: Int) -> Mention? {
        var j = i
        var mod = Modifier.none
        if let r = c.modifier(i) {
            mod = r.0
            j = r.1
            guard c.adjacent(i, j) else { return nil }
        }
        if let m = dayMonth(c, i, j, mod) { return m }
        return monthOnly(c, i, j, mod)
    }

    /// A day of the month at `j`: 1–31 as digits, a number word, or an ordinal (पहली).
    static func dayNumber(_ c: MatchContext, _ j: Int) -> Int? {
        guard j >= 0, j < c.count else { return nil }
        let t = c.tokens[j]
        if t.kind == .number {
            guard t.digits <= 2, t.number >= 1, t.number <= 31 else { return nil }
            if j > 0, !t.spaceBefore, c.tokens[j - 1].kind == .punctuation,
               c.isPunct(j - 1, 0x2E) || c.isPunct(j - 1, 0x2F) || c.isPunct(j - 1, 0x3A) { return nil }
            return t.number
        }
        guard let e = c.lex(j) else { return nil }
        if e.cardinal >= 1 && e.cardinal <= 31 { return e.cardinal }
        // "पहली जुलाई"; not "पहले मई में" (earlier, in May)
        if e.ordinal == 1, c.isWord(j, WordKeys.pehli) { return 1 }
        return nil
    }

    static func dayMonth(_ c: MatchContext, _ i: Int, _ j: Int, _ mod: Modifier) -> Mention? {
        guard let d = dayNumber(c, j) else { return nil }
        let k = j + 1
        guard k < c.count, c.adjacent(j, k) else { return nil }
        let joins = c.isDash(k) || c.has(k, .conjunction) || c.isPunct(k, 0x2C) || c.isWord(k, WordKeys.se)
        if joins, dayNumber(c, k + 1) != nil, let mo = c.lex(k + 2)?.month, mo > 0, c.adjacent(k, k + 1),
           c.adjacent(k + 1, k + 2) {
            let year = explicitYear(c, k + 3)
            let meaning: Meaning
            if let y = year?.0, let day = CalendarDay(year: y, month: mo, day: d) {
                meaning = .fullDate(day)
            } else {
                meaning = .dayMonth(day: d, month: mo, year: .none, modifier: mod)
            }
            return Mention(first: i, last: j, meaning: meaning, rule: "date.range-start")
        }
        if mod == .none, c.has(k, .dateWord) {
            return Mention(first: i, last: k, meaning: .dayOfMonth(d), rule: "date.day-of-month")
        }
        guard let mo = c.lex(k)?.month, mo > 0 else { return nil }
        if c.has(k + 1, .marchContext) { return nil }
        guard d <= CalendarDay.daysIn(month: mo, year: 2000) else { return nil }
        var last = k
        var meaning = Meaning.dayMonth(day: d, month: mo, year: .none, modifier: mod)
        var rule = "date.day-month"
        if let y = explicitYear(c, k + 1), let day = CalendarDay(year: y.0, month: mo, day: d) {
            meaning = .fullDate(day)
            last = y.1
            rule = "date.full"
        } else if let end = dayRangeEnd(c, after: k),
                  let day = CalendarDay(year: (mo, d) <= (end.month, end.day) ? end.year : end.year - 1, month: mo, day: d) {
            meaning = .fullDate(day)  // "18 नवंबर से 19 दिसंबर 2015 तक": the range's year
        }
        if let tail = c.timeTail(last + 1) {
            return Mention(first: i, last: tail.1, meaning: .timed(meaning, tail.0), rule: "date.time")
        }
        return Mention(first: i, last: last, meaning: meaning, rule: rule)
    }

    /// A four-digit year at `k` (after an optional comma), with its era word: "2025", ", 1917", "2020 ई".
    static func explicitYear(_ c: MatchContext, _ start: Int) -> (Int, Int)? {
        var k = start
        if c.isPunct(k, 0x2C) { k += 1 }
        guard c.isNumber(k), c.adjacent(k - 1, k), c.tokens[k].digits == 4 else { return nil }
        let n = c.tokens[k].number
        guard n >= 1000, n <= 2100 else { return nil }
        if c.isPunct(k + 1, 0x2E), c.isNumber(k + 2), !c.tokens[k + 2].spaceBefore { return nil }
        var last = k
        if c.has(k + 1, .eraWord) { last = k + 1 }
        return (n, last)
    }

    static func monthOnly(_ c: MatchContext, _ i: Int, _ j: Int, _ mod: Modifier) -> Mention? {
        guard let e = c.lex(j) else { return nil }
        if e.hinduMonth, mod == .none, c.has(j + 1, .monthWord) {
            return Mention(first: i, last: j + 1, meaning: .hinduMonth, rule: "month.hindu")
        }
        guard e.month > 0 else { return nil }
        if c.has(j + 1, .marchContext) || c.has(j - 1, .marchContext) || c.has(j + 1, .nameAfterTimeWord) { return nil }
        if e.month == 3, c.has(j + 1, .marchVerb) { return nil }
        var last = j
        if c.has(last + 1, .monthWord), c.adjacent(last, last + 1) { last += 1 }
        var year = YearSpec.none
        if let y = explicitYear(c, last + 1) {
            year = .explicit(y.0)
            last = y.1
        } else if let y = rangeYear(c, after: last) {
            year = .explicit(y)  // "जनवरी से मार्च 2017", "जनवरी-फरवरी 2017": the range's year
        } else if c.isNumber(last + 1), let d = dayNumber(c, last + 1), c.isPunct(last + 2, 0x2C),
                  let y = explicitYear(c, last + 2), let day = CalendarDay(year: y.0, month: e.month, day: d) {
            return Mention(first: i, last: y.1, meaning: .fullDate(day), rule: "date.month-day-year")
        }
        // "अक्टूबर 2", "जून की बाईस": the day after the month
        if case .none = year, let d = dayAfterMonth(c, last), d.day <= CalendarDay.daysIn(month: e.month, year: 2000) {
            let meaning = Meaning.dayMonth(day: d.day, month: e.month, year: .none, modifier: mod)
            return Mention(first: i, last: d.last, meaning: meaning, rule: "date.month-day")
        }
        // "अप्रैल के पहले हफ्ते", "फरवरी के अंतिम कारोबारी दिन"
        if let part = c.periodPart(last + 1) {
            switch part.0 {
            case .week(let w):
                return Mention(first: i, last: part.1, meaning: .monthWeek(month: e.month, year: year, modifier: mod, week: w),
                               rule: "month.week")
            case .businessDay(let d):
                return Mention(first: i, last: part.1,
                               meaning: .monthBusinessDay(month: e.month, year: year, modifier: mod, day: d),
                               rule: "month.business-day")
            case let .nthWeekday(n, wd):
                return Mention(first: i, last: part.1,
                               meaning: .monthWeekday(month: e.month, year: year, modifier: mod, n: n, weekday: wd),
                               rule: "month.nth-weekday")
            case .weekday:
                break
            }
        }
        if c.has(last + 1, .genitive),
           c.has(last + 2, .endWord) || c.has(last + 2, .startWord) || c.has(last + 2, .middleWord) {
            last += 2
        }
        let rule: String
        if case .explicit = year { rule = "month.explicit" } else { rule = mod == .none ? "month.tensed" : "month.modified" }
        return Mention(first: i, last: last, meaning: .month(e.month, year, mod), rule: rule)
    }

    /// The year written after the second month of a range that starts after `last`: "से मार्च 2017",
    /// "-फरवरी 2017", "और मार्च 2017".
    static func rangeYear(_ c: MatchContext, after last: Int) -> Int? {
        let k = last + 1
        guard c.joinsRange(k), c.adjacent(last, k),
              (c.lex(k + 1)?.month ?? 0) > 0, c.adjacent(k, k + 1) else { return nil }
        var j = k + 1
        if c.has(j + 1, .monthWord) { j += 1 }
        return explicitYear(c, j + 1)?.0
    }

    /// A day number written after a month (`last`): "अक्टूबर 2 को", "जून की बाईस", "जुलाई 1,"; not
    /// a count ("जून 2 लाख") or a year.
    static func dayAfterMonth(_ c: MatchContext, _ last: Int) -> (day: Int, last: Int)? {
        var k = last + 1
        if c.has(k, .genitive), c.isWord(k, WordKeys.ki), c.lex(k + 1)?.cardinal ?? -1 > 0 { k += 1 }
        guard c.adjacent(last, k), let d = dayNumber(c, k), c.lex(k)?.ordinal ?? 0 == 0 else { return nil }
        if c.isNumber(k), c.isPunct(k + 1, 0x2E) || c.isPunct(k + 1, 0x3A) { return nil }
        let end = c.has(k + 1, .dateWord) ? k + 1 : k
        guard end > k || PeriodPartMatcher.endsDate(c, end + 1) else { return nil }
        return (d, end)
    }

    /// The second date of a range of days that starts after `last` (the first date's month), when it
    /// writes its year: "से 19 दिसंबर 2015", "-19 दिसंबर, 2015".
    static func dayRangeEnd(_ c: MatchContext, after last: Int) -> (year: Int, month: Int, day: Int)? {
        let k = last + 1
        guard c.joinsRange(k), c.adjacent(last, k),
              let day = dayNumber(c, k + 1), let month = c.lex(k + 2)?.month, month > 0, c.adjacent(k, k + 2),
              let year = explicitYear(c, k + 3)?.0 else { return nil }
        return (year, month, day)
    }
}
