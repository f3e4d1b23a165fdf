/// Runs every matcher at each token and keeps the leftmost-longest non-overlapping mentions.
enum MentionFinder {
    typealias Matcher = @Sendable (MatchContext, Int) -> Mention?

    /// Order breaks ties between equally long matches.
    static let matchers: [Matcher] = [
        NumericDateMatcher.match, CalendarDateMatcher.match, WeekdayMatcher.match, YearMatcher.match,
        OrdinalPeriodMatcher.match, RelativeMatcher.match, DurationMatcher.match, SetMatcher.match,
        DeicticMatcher.match, ClockMatcher.match, PeriodPartMatcher.match, SeasonMatcher.match, FestivalMatcher.match,
    ]

    static func find(_ c: MatchContext) -> [Mention] {
        var out: [Mention] = []
        var i = 0
        let n = c.count
        while i < n {
            let t = c.tokens[i]
            guard t.kind == .number || (t.lex >= 0 && c.lexicon.entries[Int(t.lex)].canStart) else {
                i += 1
                continue
            }
            var best: Mention?
            for matcher in matchers {
                if let m = matcher(c, i), m.last >= i, m.last < n {
                    if let b = best, b.last >= m.last { continue }
                    best = m
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
