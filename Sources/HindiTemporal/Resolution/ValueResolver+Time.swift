/// Times of day: the day they fall on (their own, the text's latest, or none when habitual) and the clock
/// or part of day ("शाम 5 बजे" → T17:00, "शनिवार रात" → TNI).
extension ValueResolver {
    func timed(_ base: Meaning?, _ spec: TimeSpec, _ m: Mention, next: Mention?) -> Resolved {
        var day: CalendarDay?
        var anchor = Anchor.publicationDate
        var t = Tense.none
        if let b = base {
            let r = value(b, m, next: next)
            day = r.day
            anchor = r.anchor
            t = r.tense
        } else if let l = lastDay, lastDaySentence == c.tokens[m.first].sentence, m.first > lastDayEnd,
                  m.first - lastDayEnd <= 3 {
            // a day named right before the time is its day, even in advice or a habit
            // ("मंगलवार को सुबह 10 बजे पहुंचें", "शुक्रवार दोपहर 1 बजे और 4 बजे के बीच")
            day = l.day
            anchor = .previousExpression(l.index)
            t = tense(m).publicTense
        } else if case .clock = spec, lastDay == nil, tense(m) == .none {
            // a clock time that no day and no tense place: no day ("11 बजे से" → XXXX-XX-XXT11:00)
        } else if !TenseDetector.isHabitual(c, sentenceOf: m.first), !TenseDetector.isHabitualPresent(c, after: m.last) {
            // a time takes the day of a date from the same or one of the last six sentences
            var a = anchorDay
            let sentence = c.tokens[m.first].sentence
            if lastDaySentence < sentence - 6 { a = (dct, .publicationDate) }
            // a distant date from an earlier sentence (history, a deadline) is not the day of a bare time
            if lastDaySentence < sentence - 1, abs(a.0.dayNumber - dct.dayNumber) > 31 { a = (dct, .publicationDate) }
            day = a.0
            anchor = a.1
            // A time cannot fall on an earlier date than the clause's tense allows.
            let clause = tense(m)
            let sameSentence = lastDaySentence == c.tokens[m.first].sentence
            if !sameSentence, (clause == .future && a.0 < dct) || ((clause == .past || clause == .perfect) && a.0 > dct) {
                day = dct
                anchor = .publicationDate
            }
            t = clause.publicTense
        }
        var spec = spec
        if base == nil, case let .clock(h, mm) = spec, h <= 12, let p = lastPartOfDay, m.first - p.last <= 2,
           m.first > p.last {
            spec = .clock(hour: MatchContext.hour24(h, p.pod), minute: mm)
        }
        // the end of a range of hours is after its start: "सुबह 10:30 से 3 बजे तक" ends at 15:00
        if base == nil, case let .clock(h, mm) = spec, h < 12, let previous = lastClock, m.first > previous.last,
           m.first - previous.last <= 2, previous.hour > h, h + 12 > previous.hour {
            spec = .clock(hour: h + 12, minute: mm)
        }
        let time: String
        let granularity: Granularity
        var hour: Int?
        switch spec {
        case .partOfDay(let p):
            time = p.code
            granularity = p == .midnight ? .minute : .partOfDay
        case let .clock(h, mm):
            time = "T\(CalendarDay.pad(h, 2)):\(CalendarDay.pad(mm, 2))"
            granularity = .minute
            hour = h
        }
        let prefix = day?.iso ?? "XXXX-XX-XX"
        return Resolved(type: .time, value: prefix + time, granularity: granularity,
                        interval: day.map { DayInterval(first: $0, last: $0) }, tense: t, anchor: anchor, day: day,
                        clockHour: hour)
    }
}
