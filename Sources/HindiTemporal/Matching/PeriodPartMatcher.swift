/// Parts of the DCT's week or month, or of one next to it: "सप्ताह के तीसरे कारोबारी दिन" (Wednesday
/// of this week), "अगले हफ्ते का सोमवार" (next week's Monday), "पिछले महीने के आखिरी कारोबारी दिन",
/// "अगले महीने के पहले हफ्ते" (a week). Months of the year ("जनवरी के पहले हफ्ते") are read by
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
}
