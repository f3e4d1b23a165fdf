/// Runs every matcher that can start at each token and keeps the leftmost-longest non-overlapping
/// mentions. Matchers are called directly, in a fixed order that breaks ties between equally long
/// matches; the ones that need a word of their own kind (a period, a season, a festival) are asked
/// only at such words.
enum MentionFinder {
    static func find(_ c: MatchContext) -> [Mention] {
        var out: [Mention] = []
        var i = 0
        let n = c.count
        while i < n {
            let t = c.tokens[i]
            let entry = t.lex >= 0 ? c.lexicon.entries[Int(t.lex)] : nil
            guard t.kind == .number || entry?.canStart == true else {
                i += 1
                continue
            }
            var best: Mention?
            @inline(__always) func consider(_ m: Mention?) {
                guard let m, m.last >= i, m.last < n else { return }
                if let b = best, b.last >= m.last { return }
                best = m
            }
            consider(NumericDateMatcher.match(c, i))
            consider(CalendarDateMatcher.match(c, i))
            consider(WeekdayMatcher.match(c, i))
            consider(YearMatcher.match(c, i))
            consider(OrdinalPeriodMatcher.match(c, i))
            consider(RelativeMatcher.match(c, i))
            consider(DurationMatcher.match(c, i))
            consider(SetMatcher.match(c, i))
            consider(DeicticMatcher.match(c, i))
            consider(ClockMatcher.match(c, i))
            if t.kind == .number || (entry?.cardinal ?? -1) > 0 { consider(ClockRangeMatcher.match(c, i)) }
            if let e = entry {
                if e.unit != nil { consider(PeriodPartMatcher.match(c, i)) }
                if e.season != nil { consider(SeasonMatcher.match(c, i)) }
                if e.festivalStart || e.has(.thisModifier) || e.has(.lastModifier) || e.has(.nextModifier) {
                    consider(FestivalMatcher.match(c, i))
                }
            }
            if let b = best {
                out.append(b)
                i = b.last + 1
            } else {
                i += 1
            }
        }
        return out
    }
}
