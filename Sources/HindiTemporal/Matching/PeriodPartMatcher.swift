/// Parts of the DCT's week or month, or of one next to it: "सप्ताह के तीसरे कारोबारी दिन" (Wednesday
/// of this week), "अगले हफ्ते का सोमवार" (next week's Monday), "पिछले महीने के आखिरी कारोबारी दिन",
/// "अगले महीने के पहले हफ्ते" (a week), "इस महीने की 15 तारीख" (a day). Months of the year ("जनवरी के पहले हफ्ते") are read by
/// `CalendarDateMatcher`.
enum PeriodPartMatcher {
    /// A bare week or month word with a part: "सप्ताह के तीसरे कारोबारी दिन" (this week's).
    static func match(_ c: MatchContext, _ i: Int) -> Mention? {
        guard let e = c.lex(i), let unit = e.unit, !e.unitPlural else { return nil }
        // "इस सप्ताह …" is read with its modifier; "लगातार तीसरे कारोबारी दिन" counts days, names none
        if c.modifier(i - 1) != nil { return nil }
        return mention(c, i, period: i, unit: unit, offset: 0)
    }

    /// The part after the week or month word at `period` (first token `i`), `offset` periods from the DCT's.
    static func mention(_ c: MatchContext, _ i: Int, period: Int, unit: TimeUnit, offset: Int) -> Mention? {
        // "इस महीने की 15 तारीख", "अगले महीने की 20 को"
        if unit == .month, c.has(period + 1, .genitive), let d = CalendarDateMatcher.dayNumber(c, period + 2),
           c.adjacent(period, period + 2) {
            let last = c.has(period + 3, .dateWord) ? period + 3 : period + 2
            if last == period + 3 || endsDate(c, last + 1) {
                return Mention(first: i, last: last, meaning: .relativeMonthDay(offset, day: d), rule: "relative.month-day")
            }
        }
        guard unit == .week || unit == .month, let part = c.periodPart(period + 1) else { return nil }
        switch (unit, part.0) {
        case (.week, .businessDay(let d)) where d <= 5:
            return Mention(first: i, last: part.1, meaning: .weekBusinessDay(offset, day: d), rule: "week.business-day")
        case (.week, .weekday(let wd)):
            return Mention(first: i, last: part.1, meaning: .weekdayOfWeek(weekday: wd, week: offset), rule: "week.weekday")
        case (.month, .week(let w)):
            return Mention(first: i, last: part.1, meaning: .relativeMonthWeek(offset, week: w), rule: "relative.month-week")
        case (.month, .businessDay(let d)):
            return Mention(first: i, last: part.1, meaning: .relativeMonthBusinessDay(offset, day: d),
                           rule: "relative.month-business-day")
        default:
            return nil
        }
    }

    /// Token `k` ends a bare day number: a postposition, punctuation or the end of the text.
    static func endsDate(_ c: MatchContext, _ k: Int) -> Bool {
        k >= c.count || c.tokens[k].kind == .punctuation || c.has(k, .postposition)
    }
}
