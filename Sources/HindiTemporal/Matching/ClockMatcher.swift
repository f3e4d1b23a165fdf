/// Times of day standing alone (their day comes from the text): "सुबह 10 बजे", "10:30 बजे",
/// "साढ़े दस बजे", "रात के नौ बजे", "शाम चार बजे", "11.30am", "देर रात", "आधी रात", "रात में".
enum ClockMatcher {
    static func match(_ c: MatchContext, _ i: Int) -> Mention? {
        var j = i
        if c.has(i, .late), c.lex(i + 1)?.partOfDay != nil { j = i + 1 }
        // "आधी रात", "आधी-रात", "मध्य रात्रि"
        if c.has(i, .half) || c.has(i, .middleWord) {
            let k = c.isDash(i + 1) && !c.tokens[i + 1].spaceBefore ? i + 2 : i + 1
            if c.lex(k)?.partOfDay == .night, c.adjacent(i, k) {
                return Mention(first: i, last: k, meaning: .timed(nil, .partOfDay(.midnight)), rule: "time.midnight")
            }
        }
        if let pod = c.lex(j)?.partOfDay, j == i || c.adjacent(i, j) {
            if let k = c.clock(j + 1, partOfDay: pod, bare: true), c.adjacent(j, j + 1) {
                return Mention(first: i, last: k.last, meaning: .timed(nil, .clock(hour: k.hour, minute: k.minute)),
                               rule: "time.clock", partOfDay: pod)
            }
            if c.isWord(j + 1, WordKeys.ke), let k = c.clock(j + 2, partOfDay: pod, bare: false) {
                return Mention(first: i, last: k.last, meaning: .timed(nil, .clock(hour: k.hour, minute: k.minute)),
                               rule: "time.clock", partOfDay: pod)
            }
            var last = j
            if pod == .afternoon, c.has(j + 1, .after) { last = j + 1 }
            // "सुबह-सुबह", "तड़के सुबह": two words of the same part of day
            let k = c.isDash(last + 1) ? last + 2 : last + 1
            if c.lex(k)?.partOfDay == pod, c.adjacent(last, k) { last = k }
            let next = last + 1
            if j > i || last > j || c.has(next, .postposition) || c.has(next, .emphasis) || c.has(next, .timeNoun)
                || (c.has(next, .conjunction) && c.lex(next + 1)?.partOfDay != nil)
                || (c.has(i - 1, .waala) && c.adjacent(i - 1, i))
                || followsADay(c, i) || (opensClause(c, i) && !c.has(next, .nameAfterTimeWord) && !c.has(next, .approximator)) {
                if c.isWord(next, WordKeys.ka) { return nil }
                return Mention(first: i, last: last, meaning: .timed(nil, .partOfDay(pod)), rule: "time.part-of-day")
            }
            return nil
        }
        // "रात करीब दो बजे": the part of day before an approximator still sets the hour
        if c.has(i - 1, .approximator), let pod = c.lex(i - 2)?.partOfDay, let k = c.clock(i, partOfDay: pod, bare: false) {
            return Mention(first: i, last: k.last, meaning: .timed(nil, .clock(hour: k.hour, minute: k.minute)), rule: "time.clock")
        }
        if let k = c.clock(i, partOfDay: nil, bare: false) {
            return Mention(first: i, last: k.last, meaning: .timed(nil, .clock(hour: k.hour, minute: k.minute)), rule: "time.clock")
        }
        return nil
    }

    /// "मंगलवार को सुबह पुलिस पहुंची": a part of day right after a day and its "को".
    static func followsADay(_ c: MatchContext, _ i: Int) -> Bool {
        guard c.isWord(i - 1, WordKeys.ko), c.adjacent(i - 2, i), let e = c.lex(i - 2) else { return false }
        return e.weekday > 0 || e.month > 0 || e.deictic == .today || e.deictic == .kal || e.festivalStart
    }

    /// Token `i` opens its sentence or a clause after a comma: "सुबह पुलिस पहुंची", "…, शाम लोग जुटे".
    static func opensClause(_ c: MatchContext, _ i: Int) -> Bool {
        i == 0 || c.tokens[i - 1].endsSentence || c.isPunct(i - 1, 0x2C)
    }
}
