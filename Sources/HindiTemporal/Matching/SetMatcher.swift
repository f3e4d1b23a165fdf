/// Recurrences: "हर साल" (P1Y), "प्रत्येक सोमवार" (XXXX-WXX-1), "हर दो साल" (P2Y), "रोजाना" (P1D),
/// "सालाना" (P1Y), "आए दिन" (P1D), "हर गुजरते दिन" (P1D). Rates ("प्रति घंटे") and names ("दैनिक जागरण") are not sets.
enum SetMatcher {
    static func match(_ c: MatchContext, _ i: Int) -> Mention? {
        guard let e = c.lex(i) else { return nil }
        if let v = e.setValue {
            if c.has(i + 1, .nameAfterTimeWord) { return nil }
            return Mention(first: i, last: i, meaning: .set(v), rule: "set.word")
        }
        if c.isWord(i, WordKeys.aaye) || c.isWord(i, WordKeys.aaye2), c.isWord(i + 1, WordKeys.din) {
            return Mention(first: i, last: i + 1, meaning: .set("P1D"), rule: "set.aaye-din")
        }
        // "हर गुजरते दिन", "हर बीतते साल": every passing day
        if e.has(.every), !c.isWord(i, WordKeys.prati), c.isWord(i + 1, WordKeys.guzarte) || c.isWord(i + 1, WordKeys.beette),
           let unit = c.lex(i + 2)?.unit, c.adjacent(i, i + 2) {
            return Mention(first: i, last: i + 2, meaning: .set(DurationMatcher.value(1, unit)), rule: "set.every-passing")
        }
        guard e.has(.every), c.adjacent(i, i + 1), let next = c.lex(i + 1) ?? (c.isNumber(i + 1) ? LexEntry() : nil) else {
            return nil
        }
        // "हर सुबह", "प्रत्येक रात": every morning, every night
        if let pod = next.partOfDay, pod != .midnight, !c.isWord(i, WordKeys.prati) {
            return Mention(first: i, last: i + 1, meaning: .set("XXXX-XX-XX" + pod.code), rule: "set.part-of-day")
        }
        if next.weekday > 0 {
            return Mention(first: i, last: i + 1, meaning: .set("XXXX-WXX-\(next.weekday)"), rule: "set.weekday")
        }
        if let v = next.setValue {
            return Mention(first: i, last: i + 1, meaning: .set(v), rule: "set.every-word")
        }
        let isRate = c.isWord(i, WordKeys.prati)
        if let unit = next.unit, !next.unitPlural {
            if isRate && unit.rawValue < TimeUnit.day.rawValue { return nil }
            return Mention(first: i, last: i + 1, meaning: .set(DurationMatcher.value(1, unit)), rule: "set.every-unit")
        }
        if !isRate, let q = c.quantity(i + 1), let v = q.value, let unit = c.lex(q.last + 1)?.unit {
            return Mention(first: i, last: q.last + 1, meaning: .set(DurationMatcher.value(v, unit)), rule: "set.every-n")
        }
        return nil
    }
}
