/// What the text around a mention says: a deadline or "since" after it, the range it starts, the
/// day an offset counts from, a date in apposition, the sentence's year.
extension ValueResolver {
    /// The mention is followed by "तक" (a deadline or a running period).
    func deadline(_ m: Mention) -> Bool { c.isWord(m.last + 1, WordKeys.tak) }

    /// The mention that ends a range `m` starts: the next one, joined by से, a dash or और.
    func rangeEnd(_ m: Mention, next: Mention?) -> Mention? {
        guard let n = next, n.first == m.last + 2, c.joinsRange(m.last + 1) else { return nil }
        return n
    }

    /// The day an offset counts from when "से" joins it to the day named right before it:
    /// "शुक्रवार से तीन दिन बाद", "कल से दो दिन पहले".
    func countedFrom(_ m: Mention) -> (day: CalendarDay, index: Int)? {
        guard let l = lastDay, lastDayEnd == m.first - 2, c.isWord(m.first - 1, WordKeys.se) else { return nil }
        return l
    }

    /// A day-granular date standing next to `m`, separated only by a comma.
    func appositiveDate(_ m: Mention, next: Mention?) -> CalendarDay? {
        if let n = next, n.first == m.last + 2, c.isPunct(m.last + 1, 0x2C) {
            switch n.meaning {
            case .fullDate, .dayMonth: return value(n.meaning, n, next: nil).day
            default: break
            }
        }
        if let l = lastDay, c.isPunct(m.first - 1, 0x2C), m.first >= 2, c.tokens[m.first - 2].kind != .punctuation,
           lastDayEnd == m.first - 2 {
            return l.day
        }
        return nil
    }

    /// A year written out earlier in the same sentence ("वर्ष 2015 में 3 जून को …" → 2015), unless it
    /// dates a phrase of its own: in "1984 में हुए दंगों के पीड़ितों ने 9 मार्च को …", 1984 dates the
    /// riots (a participle before a noun), not 9 March.
    func sentenceYear(_ m: Mention) -> Int? {
        guard let e = lastExplicitYear, e.sentence == c.tokens[m.first].sentence, e.last < m.first else { return nil }
        var k = e.last + 1
        while k < m.first {
            if TenseDetector.isAttributiveParticiple(c, k) { return nil }
            k += 1
        }
        return e.year
    }

    /// A date that only serves as a point of comparison: "1941 के बाद पहली बार", "2010 से पहले".
    func isReferencePoint(_ m: Mention) -> Bool {
        (c.has(m.last + 1, .genitive) || c.isWord(m.last + 1, WordKeys.se))
            && (c.has(m.last + 2, .after) || c.has(m.last + 2, .before))
    }

    /// The mention is followed by "से" (since) and its clause does not speak of a start (शुरू, आरंभ).
    func since(_ m: Mention) -> Bool {
        guard c.isWord(m.last + 1, WordKeys.se) else { return false }
        var k = m.last + 2
        while k < c.count, k <= m.last + 10, c.tokens[k].sentence == c.tokens[m.last].sentence {
            if c.has(k, .startWord) || c.has(k, .clauseBreak) { return !c.has(k, .startWord) }
            k += 1
        }
        return true
    }
}
