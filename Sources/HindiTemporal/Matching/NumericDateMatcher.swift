/// Numeric dates written without spaces: "12/07/2025", "12.07.2025", "12-07-25", "2025-07-12", "१२/०७/२०२५".
enum NumericDateMatcher {
    static func match(_ c: MatchContext, _ i: Int) -> Mention? {
        guard c.isNumber(i), i + 4 < c.count else { return nil }
        let t = c.tokens
        let sep = t[i + 1]
        guard sep.kind == .punctuation, sep.key == 0x2F || sep.key == 0x2E || sep.key == 0x2D,
              !sep.spaceBefore, t[i + 2].kind == .number, !t[i + 2].spaceBefore,
              t[i + 3].kind == .punctuation, t[i + 3].key == sep.key, !t[i + 3].spaceBefore,
              t[i + 4].kind == .number, !t[i + 4].spaceBefore else { return nil }
        if i > 0, !t[i].spaceBefore, t[i - 1].kind == .punctuation, t[i - 1].key == sep.key { return nil }
        if i + 6 < c.count, t[i + 5].kind == .punctuation, t[i + 5].key == sep.key, !t[i + 5].spaceBefore,
           t[i + 6].kind == .number, !t[i + 6].spaceBefore { return nil }
        var day: CalendarDay?
        if t[i].digits == 4, t[i + 2].digits <= 2, t[i + 4].digits <= 2 {
            day = CalendarDay(year: t[i].number, month: t[i + 2].number, day: t[i + 4].number)
        } else if t[i].digits <= 2, t[i + 2].digits <= 2, t[i + 4].digits == 4 || t[i + 4].digits == 2 {
            var y = t[i + 4].number
            if t[i + 4].digits == 2 { y += y < 50 ? 2000 : 1900 }
            day = CalendarDay(year: y, month: t[i + 2].number, day: t[i].number)
        }
        guard let d = day, d.year >= 1800, d.year <= 2100 else { return nil }
        return Mention(first: i, last: i + 4, meaning: .fullDate(d), rule: "date.numeric")
    }
}
