/// Reads the tense of the clause around a mention from the verb group after it.
enum TenseDetector {
    static func tense(_ c: MatchContext, first: Int, last: Int) -> ClauseTense {
        let n = c.count
        guard last >= 0, last < n else { return .none }
        let sentence = c.tokens[last].sentence
        // "घटना सोमवार रात की है": the event is of that day (past)
        if c.has(last + 1, .genitive), c.has(last + 2, .presentAux) { return .past }
        var k = last + 1
        var steps = 0
        while k < n, c.tokens[k].sentence == sentence, steps < 40 {
            if c.tokens[k].kind == .word {
                if c.has(k, .clauseBreak) { break }
                if let r = classify(c, k) { return r }
            }
            k += 1
            steps += 1
        }
        k = first - 1
        steps = 0
        while k >= 0, c.tokens[k].sentence == sentence, steps < 25 {
            if c.has(k, .clauseBreak) { break }
            if c.has(k, .ergative) { return .past }
            k -= 1
            steps += 1
        }
        return .none
    }

    /// The verb group starting at `k`, if `k` starts one.
    static func classify(_ c: MatchContext, _ k: Int) -> ClauseTense? {
        let t = c.tokens[k]
        if t.futureForm { return .future }
        // a request or advice at the end of the sentence ("कॉल करें।", "घरों में रहें।") asks for what is to come
        if t.shape.contains(.imperative), endsSentence(c, k + 1), k > 0, c.tokens[k - 1].kind == .word { return .future }
        // "होने जा रहा है": going to
        if c.isWord(k, WordKeys.ja), k > 0, c.tokens[k - 1].shape.contains(.oblique), c.has(k + 1, .progressive) {
            return .future
        }
        guard let e = c.lex(k) else {
            return t.shape.contains(.perfective) && endsSentence(c, k + 1) ? .past : nil
        }
        if e.has(.futureWord) {
            // "नई योजना की घोषणा की": a noun that qualifies another ("plan's announcement") is no cue;
            // "उम्मीद की जा रही है" (light verb + passive) still is.
            if c.has(k + 1, .genitive), !c.isWord(k + 2, WordKeys.ja), !c.isWord(k + 2, WordKeys.jaati),
               !c.isWord(k + 2, WordKeys.jaata), !c.isWord(k + 2, WordKeys.jaate) {
                return nil
            }
            return .future
        }
        if e.has(.infinitive) {
            if c.has(k + 1, .pastAux) { return .scheduled }
            if c.has(k + 1, .presentAux) || c.has(k + 1, .waala) { return .future }
            return nil
        }
        if e.has(.waala), k > 0, c.tokens[k - 1].shape.contains(.oblique) { return .future }
        if e.has(.pastAux) { return .past }
        if e.has(.pastVerb) {
            var m = k + 1
            while m <= k + 4, m < c.count {
                if c.has(m, .pastAux) { return .past }
                if c.has(m, .presentAux) { return .perfect }
                if c.tokens[m].futureForm || c.has(m, .subjunctive) { return .future }
                if c.has(m, .progressive) {
                    if c.has(m + 1, .presentAux) { return .present }
                    return endsClause(c, m + 1) ? .past : .present
                }
                let passive = c.isWord(m, WordKeys.ja) || c.isWord(m, WordKeys.jaata) || c.isWord(m, WordKeys.jaati)
                    || c.isWord(m, WordKeys.jaate)
                // "किया जाना है" (is to be done), "किया जाना था" (was to be done)
                if c.has(m, .infinitive) {
                    if c.has(m + 1, .presentAux) || c.has(m + 1, .waala) { return .future }
                    if c.has(m + 1, .pastAux) { return .scheduled }
                }
                if !(c.has(m, .pastVerb) || c.has(m, .emphasis) || passive) { break }
                if c.isWord(m, WordKeys.jaata) || c.isWord(m, WordKeys.jaati) || c.isWord(m, WordKeys.jaate) {
                    return .present
                }
                m += 1
            }
            return .past
        }
        if e.has(.progressive) {
            // हो रहा है (present), हो रहा था (past), रहेगा (future); रहा/रहे alone: "remained" (past)
            if c.has(k + 1, .pastAux) { return .past }
            if c.has(k + 1, .presentAux) { return .present }
            if c.tokens.count > k + 1, c.tokens[k + 1].futureForm { return .future }
            return endsClause(c, k + 1) ? .past : .present
        }
        if e.has(.presentAux) { return .present }
        if t.shape.contains(.perfective), endsSentence(c, k + 1), e.cardinal < 0, e.unit == nil { return .past }
        if c.isWord(k, WordKeys.ki), k + 1 < c.count {
            let next = c.tokens[k + 1]
            if next.endsSentence || next.isPunct(0x2C) || c.isWord(k + 1, WordKeys.aur) || c.isWord(k + 1, WordKeys.tatha) {
                return .past
            }
        }
        return nil
    }

    /// Token `k` is a finite verb form or an auxiliary: a past or future form, है/था, रहा.
    static func isVerb(_ c: MatchContext, _ k: Int) -> Bool {
        guard k >= 0, k < c.count, c.tokens[k].kind == .word else { return false }
        if c.tokens[k].futureForm { return true }
        guard let e = c.lex(k) else { return false }
        return e.has(.pastVerb) || e.has(.pastAux) || e.has(.presentAux) || e.has(.progressive)
    }

    /// Token `k` is a past participle that qualifies the noun after it: "हुए दंगों", "गई राशि".
    static func isAttributiveParticiple(_ c: MatchContext, _ k: Int) -> Bool {
        guard c.has(k, .pastVerb), k + 1 < c.count, c.tokens[k + 1].kind == .word, c.adjacent(k, k + 1) else { return false }
        if isVerb(c, k + 1) || c.tokens[k + 1].shape.contains(.perfective) { return false }
        guard let e = c.lex(k + 1) else { return true }
        return !(e.has(.postposition) || e.has(.conjunction) || e.has(.emphasis) || e.has(.clauseBreak) || e.has(.pastVerb)
                 || e.has(.subjunctive) || e.has(.infinitive))
    }

    /// The clause after `last` has a habitual present verb group: "दुकानें 11 बजे खुलती हैं", "बैठक
    /// शाम को होती है". A time in it names no day.
    static func isHabitualPresent(_ c: MatchContext, after last: Int) -> Bool {
        guard last >= 0, last < c.count else { return false }
        var k = last + 1
        while k < c.count, k <= last + 12, c.tokens[k].sentence == c.tokens[last].sentence {
            if c.has(k, .clauseBreak) || (c.tokens[k].kind == .punctuation && c.tokens[k].key != 0x2D) { return false }
            if c.tokens[k].shape.contains(.imperfective), c.has(k + 1, .presentAux) { return true }
            if isVerb(c, k) { return false }
            k += 1
        }
        return false
    }

    /// Token `k` ends the clause: a sentence end, a comma or a coordinating conjunction.
    static func endsClause(_ c: MatchContext, _ k: Int) -> Bool {
        guard k < c.count else { return true }
        let t = c.tokens[k]
        return t.endsSentence || (t.kind == .punctuation && t.key != 0x2D) || c.has(k, .conjunction) || c.has(k, .clauseBreak)
    }

    /// Token `k` ends the sentence (or the text ends before it).
    static func endsSentence(_ c: MatchContext, _ k: Int) -> Bool {
        k >= c.count || (c.tokens[k].endsSentence && c.tokens[k].kind == .punctuation)
    }

    /// The sentence reads as habitual or as advice: a set word in it, or an imperative verb at its end.
    static func isHabitual(_ c: MatchContext, sentenceOf i: Int) -> Bool {
        guard i >= 0, i < c.count else { return false }
        let s = c.tokens[i].sentence
        var k = i
        while k > 0, c.tokens[k - 1].sentence == s, i - k < 60 { k -= 1 }
        var lastWord = -1
        while k < c.count, c.tokens[k].sentence == s, k - i < 80 {
            if let e = c.lex(k), e.setValue != nil || (e.has(.every) && !c.isWord(k, WordKeys.prati)) { return true }
            if c.tokens[k].kind == .word { lastWord = k }
            k += 1
        }
        if lastWord >= 0, c.tokens[lastWord].shape.contains(.imperative) { return true }
        if lastWord >= 0, c.isWord(lastWord, WordKeys.chahiye) { return true }
        return false
    }
}
