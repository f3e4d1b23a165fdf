/// Festivals as dates: "दिवाली" (the coming or the last one, by tense), "पिछली होली", "ईद-उल-फितर",
/// "गणतंत्र दिवस" (26 January). Hyphens inside a name are skipped.
enum FestivalMatcher {
    static func match(_ c: MatchContext, _ i: Int) -> Mention? {
        guard let first = c.lex(i) else { return nil }
        var j = i
        var mod = Modifier.none
        if !first.festivalStart {
            guard let r = c.modifier(i), c.adjacent(i, r.1), c.lex(r.1)?.festivalStart == true else { return nil }
            mod = r.0
            j = r.1
        }
        guard let f = festival(c, at: j) else { return nil }
        // "दिवाली 2018": the year written after it
        if mod == .none, let y = CalendarDateMatcher.explicitYear(c, f.last + 1) {
            return Mention(first: i, last: y.1, meaning: .festivalInYear(f.festival, .explicit(y.0)), rule: "festival.year")
        }
        return Mention(first: i, last: f.last, meaning: .festival(f.festival, mod), rule: "festival")
    }

    /// The festival named from `j` (also after "2010 के", "अगले साल"): its index and last token.
    static func festival(_ c: MatchContext, at j: Int) -> (festival: Int, last: Int)? {
        guard j < c.count, c.tokens[j].kind == .word, c.lex(j)?.festivalStart == true,
              let forms = Festivals.formsByFirstWord[c.tokens[j].key] else { return nil }
        for form in forms {
            if let last = match(form.keys, c, at: j) { return (form.festival, last) }
        }
        return nil
    }

    /// The last token of `keys` read from `j` (words in order, a hyphen allowed between them).
    private static func match(_ keys: [UInt64], _ c: MatchContext, at j: Int) -> Int? {
        var k = j
        for (n, key) in keys.enumerated() {
            if n > 0 {
                k += 1
                if c.isDash(k), c.adjacent(k - 1, k) { k += 1 }
            }
            guard c.isWord(k, key), n == 0 || c.adjacent(k - 1, k) else { return nil }
        }
        return k
    }
}
