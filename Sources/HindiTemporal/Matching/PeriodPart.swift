/// A part of a period named after its genitive: a week of a month ("जनवरी के पहले हफ्ते"), a
/// business day ("फरवरी के अंतिम कारोबारी दिन", "सप्ताह के तीसरे कारोबारी दिन") or a weekday of a
/// week ("अगले हफ्ते का सोमवार"). Ordinals count from 1; -1 is the last.
enum PeriodPart: Sendable, Equatable {
    case week(Int)
    case businessDay(Int)
    case weekday(Int)
    /// "जुलाई के पहले शुक्रवार": the n-th (or last, -1) given weekday of a month.
    case nthWeekday(Int, weekday: Int)
}

extension MatchContext {
    /// The part read at `k`, the genitive after a period word, and its last token:
    /// "के पहले हफ्ते" → `.week(1)`, "के आखिरी हफ्ते" → `.week(-1)`, "के अंतिम कारोबारी दिन" →
    /// `.businessDay(-1)`, "का सोमवार" → `.weekday(1)`. Plural weeks ("के शुरुआती हफ्तों") are no part.
    func periodPart(_ k: Int) -> (PeriodPart, Int)? {
        // "अगले हफ्ते शुक्रवार": a weekday right after the week
        if let wd = lex(k)?.weekday, wd > 0, adjacent(k - 1, k) { return (.weekday(wd), k) }
        guard has(k, .genitive), adjacent(k - 1, k), adjacent(k, k + 1), let e = lex(k + 1) else { return nil }
        if e.weekday > 0 { return (.weekday(e.weekday), k + 1) }
        let n: Int
        if e.ordinal > 0, e.ordinal <= 25 {
            n = e.ordinal
        } else if e.has(.endWord), !e.has(.startWord) {
            n = -1
        } else if e.has(.startWord) {
            n = 1
        } else if isNumber(k + 1), tokens[k + 1].digits <= 2, has(k + 2, .ordinalSuffix), !tokens[k + 2].spaceBefore {
            // "के 3rd", "के 2वें": an ordinal in digits
            return periodPart(ordinal: tokens[k + 1].number, at: k + 3)
        } else {
            return nil
        }
        return periodPart(ordinal: n, at: k + 2)
    }

    /// "हफ्ते" or "कारोबारी दिन/सत्र" at `j`, after the ordinal `n`.
    private func periodPart(ordinal n: Int, at j: Int) -> (PeriodPart, Int)? {
        guard n != 0, adjacent(j - 1, j), let e = lex(j) else { return nil }
        if e.unit == .week, !e.unitPlural, n <= 5 { return (.week(n), j) }
        if e.weekday > 0, n <= 5 { return (.nthWeekday(n, weekday: e.weekday), j) }
        if e.has(.businessWord), isWord(j + 1, WordKeys.din) || isWord(j + 1, WordKeys.satr), adjacent(j, j + 1) {
            return (.businessDay(n), j + 1)
        }
        return nil
    }
}
