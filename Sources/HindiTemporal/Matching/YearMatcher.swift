/// Years and fiscal years: "2024", "वर्ष 2024", "साल 2015", "2024-25" (FY2024), "वित्त वर्ष 2020-21",
/// "1990 के दशक" (199), "2025 की पहली तिमाही". Rejects amounts: "2000 लोग", "2020 रुपये", "3,415".
enum YearMatcher {
    static func match(_ c: MatchContext, _ i: Int) -> Mention? {
        var j = i
        var fiscal = false
        var word = false
        if c.has(i, .fiscalWord), c.has(i + 1, .yearWord) {
            j = i + 2
            fiscal = true
        } else if c.has(i, .yearWord), c.lex(i)?.unit == nil || c.isNumber(i + 1) {
            j = i + 1
            word = true
        }
        guard c.isNumber(j), j == i || c.adjacent(j - 1, j), c.tokens[j].digits == 4 else { return nil }
        let n = c.tokens[j].number
        guard n >= 1000, n <= 2100 else { return nil }
        // 2024-25, 2019-2020
        if c.isDash(j + 1), !c.tokens[j + 1].spaceBefore || fiscal || word, c.isNumber(j + 2) {
            let m = c.tokens[j + 2]
            if (m.digits == 2 && m.number == (n + 1) % 100) || (m.digits == 4 && m.number == n + 1 && (fiscal || word)) {
                return Mention(first: i, last: j + 2, meaning: .fiscal(n), rule: "fiscal.explicit")
            }
        }
        if fiscal {
            return Mention(first: i, last: j, meaning: .fiscal(n - 1), rule: "fiscal.single-year")
        }
        // 1990 के दशक
        if c.has(j + 1, .genitive), c.isWord(j + 2, WordKeys.dashak) {
            return Mention(first: i, last: j + 2, meaning: .decade(n / 10), rule: "decade.explicit")
        }
        // "2010 के पृथ्वी दिवस"
        if c.has(j + 1, .genitive), c.adjacent(j + 1, j + 2), let f = FestivalMatcher.festival(c, at: j + 2) {
            return Mention(first: i, last: f.last, meaning: .festivalInYear(f.festival, .explicit(n)), rule: "festival.year")
        }
        // "2015 का पहला सप्ताह", "2016 की गर्मियों"
        if let part = c.periodPart(j + 1), case .week(let w) = part.0 {
            return Mention(first: i, last: part.1, meaning: .yearWeek(n, week: w), rule: "year.week")
        }
        if c.has(j + 1, .genitive), let s = c.lex(j + 2)?.season, c.adjacent(j + 1, j + 2) {
            return Mention(first: i, last: j + 2, meaning: .yearSeason(s, year: n), rule: "year.season")
        }
        // 2025 की पहली तिमाही
        if c.has(j + 1, .genitive), let o = c.lex(j + 2)?.ordinal {
            if o >= 1, o <= 4, c.has(j + 3, .quarterWord) {
                return Mention(first: i, last: j + 3, meaning: .quarter(o, .explicit(n)), rule: "quarter.explicit")
            }
            if o >= 1, o <= 2, c.has(j + 3, .halfYearWord) {
                return Mention(first: i, last: j + 3, meaning: .halfYear(o, .explicit(n)), rule: "half.explicit")
            }
        }
        guard word || (n >= 1800 && n <= 2099), looksLikeYear(c, j, word: word) else { return nil }
        var last = j
        if c.has(j + 1, .eraWord) { last = j + 1 }
        return Mention(first: i, last: last, meaning: .year(n), rule: word ? "year.word" : "year.explicit")
    }

    /// The number at `j` reads as a year, not an amount or part of a longer number.
    static func looksLikeYear(_ c: MatchContext, _ j: Int, word: Bool) -> Bool {
        let t = c.tokens
        if j > 0, !t[j].spaceBefore, t[j - 1].kind != .word, !word {
            let k = t[j - 1].key
            let yearRange = k == 0x2D && j >= 2 && c.isNumber(j - 2) && c.tokens[j - 2].digits == 4  // 1999-2000
            if !yearRange, k == 0x2E || k == 0x2C || k == 0x3A || k == 0x2F || k == 0x20B9 || k == 0x24 || k == 0x2D {
                return false
            }
        }
        if j > 0, c.has(j - 1, .countNoun) || c.has(j - 1, .approximator), !word { return false }
        // "2000 से अधिक लोग": an amount
        if c.isWord(j + 1, WordKeys.se), c.has(j + 2, .comparative), !word { return false }
        if j + 1 < c.count {
            let next = t[j + 1]
            if next.kind == .punctuation, !next.spaceBefore, next.key == 0x2E || next.key == 0x3A || next.key == 0x2F,
               c.isNumber(j + 2), !t[j + 2].spaceBefore { return false }
            if next.kind == .punctuation, next.key == 0x25 { return false }
            if let e = c.lex(j + 1), e.has(.countNoun) || e.unit != nil || e.cardinal >= 100 { return false }
            // "1995 कर्मचारियों", "2000 गाड़ियां": a count of something
            if next.kind == .word, next.shape.contains(.plural), !c.has(j + 1, .postposition) { return false }
        }
        return true
    }
}
