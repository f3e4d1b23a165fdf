/// Periods named by an ordinal or a round number: "21वीं सदी" (20), "इक्कीसवीं शताब्दी", "पहली तिमाही",
/// "दूसरी छमाही", "90 के दशक" / "नब्बे के दशक" (199).
enum OrdinalPeriodMatcher {
    static func match(_ c: MatchContext, _ i: Int) -> Mention? {
        var ordinal = 0
        var j = i
        if c.isNumber(i), c.tokens[i].digits <= 2, c.has(i + 1, .ordinalSuffix), !c.tokens[i + 1].spaceBefore {
            ordinal = c.tokens[i].number
            j = i + 1
        } else if let o = c.lex(i)?.ordinal, o > 0 {
            ordinal = o
        }
        if ordinal > 0 {
            if c.has(j + 1, .centuryWord), ordinal <= 30 {
                return Mention(first: i, last: j + 1, meaning: .century(ordinal - 1), rule: "century.ordinal")
            }
            if ordinal <= 4, c.has(j + 1, .quarterWord) {
                return Mention(first: i, last: j + 1, meaning: .quarter(ordinal, .none), rule: "quarter.ordinal")
            }
            if ordinal <= 2, c.has(j + 1, .halfYearWord) {
                return Mention(first: i, last: j + 1, meaning: .halfYear(ordinal, .none), rule: "half.ordinal")
            }
            return nil
        }
        // 90 के दशक, अस्सी के दशक
        if let n = c.smallNumber(i), n >= 10, n <= 90, n % 10 == 0, c.has(i + 1, .genitive),
           c.isWord(i + 2, WordKeys.dashak), c.isNumber(i) ? c.tokens[i].digits == 2 : true {
            return Mention(first: i, last: i + 2, meaning: .decade(190 + n / 10), rule: "decade.short")
        }
        return nil
    }
}
