/// Units relative to the DCT or to the text: "पिछले साल" (2024), "इस सप्ताह" (2025-W28),
/// "इस सप्ताह के अंत" (2025-W28-WE), "अगले महीने", "पिछले साल नवंबर" (2024-11), "चालू वित्त वर्ष",
/// "पिछली तिमाही", "पिछली सर्दियों", "पिछले दिनों" (PAST_REF), "आने वाले दिनों" (FUTURE_REF),
/// "उसी दिन"/"उस दिन"/"अगले दिन" (anchored), "इस वक्त" (PRESENT_REF).
enum RelativeMatcher {
    static func match(_ c: MatchContext, _ i: Int) -> Mention? {
        if c.has(i, .that) {
            if c.isWord(i + 1, WordKeys.din) { return withTime(c, i, i + 1, .anchoredDay(0), "anchored.that-day") }
            if let e = c.lex(i + 1), let unit = e.unit, !e.unitPlural, c.adjacent(i, i + 1),
               unit == .week || unit == .month || unit == .year {
                return Mention(first: i, last: i + 1, meaning: .anchoredUnit(unit), rule: "anchored.that-period")
            }
            if let pod = c.lex(i + 1)?.partOfDay, c.adjacent(i, i + 1) {
                return Mention(first: i, last: i + 1, meaning: .timed(.anchoredDay(0), .partOfDay(pod)), rule: "anchored.that-time")
            }
            return nil
        }
        if let unit = c.lex(i)?.unit, unit == .week, c.has(i + 1, .genitive), c.has(i + 2, .endWord) {
            return Mention(first: i, last: i + 2, meaning: .weekend(0), rule: "weekend.week-end")
        }
        if c.has(i, .weekendWord) {
            return Mention(first: i, last: i, meaning: .weekend(0), rule: "weekend.word")
        }
        if let n = c.lex(i)?.ordinal, n >= 1, n <= 10, c.tokens[i].kind == .word {
            // "मेले के पहले दिन", "पहले ही दिन", "दूसरे दिन": a day of the event told, counted from its day;
            // "लगातार दूसरे दिन" counts days and names none
            let k = c.isWord(i + 1, WordKeys.hi) ? i + 2 : i + 1
            guard c.isWord(k, WordKeys.din), c.adjacent(i, k), !c.has(k + 1, .before), !c.has(k + 1, .after),
                  !c.isWord(i - 1, WordKeys.lagataar) else { return nil }
            return withTime(c, i, k, .anchoredDay(n - 1), n == 1 ? "anchored.first-day" : "anchored.nth-day")
        }
        if c.has(i, .endWord), !c.has(i, .startWord), c.isWord(i + 1, WordKeys.din), c.adjacent(i, i + 1),
           !c.has(i + 2, .before), !c.has(i + 2, .after) {
            // "फॉर्म खरीदने का आखिरी दिन": the last day of what is told, anchored to its day
            return withTime(c, i, i + 1, .anchoredDay(0), "anchored.last-day")
        }
        if c.isWord(i, WordKeys.din), c.has(i - 1, .waala), c.adjacent(i - 1, i), !c.isWord(i - 2, WordKeys.hone) {
            // "घटना वाले दिन": the day of what is told
            return withTime(c, i, i, .anchoredDay(0), "anchored.that-day")
        }
        guard let r = c.modifier(i), c.adjacent(r.1 - 1, r.1) else { return nil }
        let mod = r.0
        var j = r.1
        // "अगले ही दिन"
        if c.isWord(j, WordKeys.hi), c.lex(j + 1)?.unit != nil, c.adjacent(j, j + 1) { j += 1 }
        guard var e = c.lex(j) else { return nil }
        // "इस पूरे महीने": the whole of this month
        if e.has(.full), let unit = c.lex(j + 1)?.unit, unit.rawValue >= TimeUnit.week.rawValue, c.adjacent(j, j + 1),
           let next = c.lex(j + 1) {
            j += 1
            e = next
        }
        let off = mod == .last ? -1 : (mod == .next ? 1 : 0)
        if e.has(.timeNoun) {
            switch mod {
            case .this: return Mention(first: i, last: j, meaning: .deictic(.presentRef), rule: "vague.this-time")
            case .next: return Mention(first: i, last: j, meaning: .deictic(.futureRef), rule: "vague.coming-time")
            default: return nil
            }
        }
        if e.has(.fiscalWord), c.has(j + 1, .yearWord) {
            if c.isNumber(j + 2) { return nil }
            return Mention(first: i, last: j + 1, meaning: .fiscalRelative(off), rule: "fiscal.relative")
        }
        // "बीती रात" (last night), "अगली सुबह" (the next morning)
        if let pod = e.partOfDay {
            switch mod {
            case .last: return Mention(first: i, last: j, meaning: .timed(.unitRelative(.day, -1), .partOfDay(pod)), rule: "time.previous-night")
            case .next: return Mention(first: i, last: j, meaning: .timed(.anchoredDay(1), .partOfDay(pod)), rule: "time.next-part-of-day")
            default: return Mention(first: i, last: j, meaning: .timed(.deictic(.today), .partOfDay(pod)), rule: "time.this-part-of-day")
            }
        }
        if e.has(.quarterWord) { return Mention(first: i, last: j, meaning: .quarterRelative(off), rule: "quarter.relative") }
        if e.has(.weekendWord) { return Mention(first: i, last: j, meaning: .weekend(off), rule: "weekend.relative") }
        if let s = e.season { return Mention(first: i, last: j, meaning: .season(s, off), rule: "season.relative") }
        guard let unit = e.unit else { return nil }
        if !e.unitPlural, let part = PeriodPartMatcher.mention(c, i, period: j, unit: unit, offset: off) { return part }
        if e.unitPlural {
            if unit == .day {
                let d: Deictic = mod == .last ? .pastRef : (mod == .next ? .futureRef : .presentRef)
                return Mention(first: i, last: j, meaning: .deictic(d), rule: "vague.days")
            }
            return Mention(first: i, last: j, meaning: .duration(DurationMatcher.value(nil, unit)), rule: "duration.window-plural")
        }
        switch unit {
        case .second, .minute, .hour:
            return nil
        case .day:
            // "पिछले दिन"/"गत दिवस" in news: the day before publication; "अगले दिन": after the event told
            if mod == .last { return withTime(c, i, j, .unitRelative(.day, -1), "relative.previous-day") }
            return withTime(c, i, j, .anchoredDay(off), "anchored.relative-day")
        case .week:
            if c.has(j + 1, .genitive), c.has(j + 2, .endWord) {
                return Mention(first: i, last: j + 2, meaning: .weekend(off), rule: "weekend.relative")
            }
            return Mention(first: i, last: j, meaning: .unitRelative(.week, off), rule: "relative.week")
        case .year:
            // "अगले साल दिवाली", "इस वर्ष के स्वतंत्रता दिवस"
            let k = c.has(j + 1, .genitive) ? j + 2 : j + 1
            if c.adjacent(j, k), let f = FestivalMatcher.festival(c, at: k) {
                return Mention(first: i, last: f.last, meaning: .festivalInYear(f.festival, .relative(off)), rule: "festival.year")
            }
            if let m = c.lex(j + 1)?.month, m > 0, c.adjacent(j, j + 1) {
                return Mention(first: i, last: j + 1, meaning: .month(m, .relative(off), .none), rule: "month.relative-year")
            }
            return Mention(first: i, last: periodEnd(c, j), meaning: .unitRelative(.year, off), rule: "relative.year")
        default:
            return Mention(first: i, last: periodEnd(c, j), meaning: .unitRelative(unit, off), rule: "relative.\(unit)")
        }
    }

    /// Extends over "के अंत/शुरू/मध्य" after a period.
    static func periodEnd(_ c: MatchContext, _ j: Int) -> Int {
        if c.has(j + 1, .genitive), c.has(j + 2, .endWord) || c.has(j + 2, .startWord) || c.has(j + 2, .middleWord) {
            return j + 2
        }
        return j
    }

    static func withTime(_ c: MatchContext, _ i: Int, _ j: Int, _ base: Meaning, _ rule: String) -> Mention {
        if let tail = c.timeTail(j + 1) {
            return Mention(first: i, last: tail.1, meaning: .timed(base, tail.0), rule: rule + ".time")
        }
        return Mention(first: i, last: j, meaning: base, rule: rule)
    }
}
