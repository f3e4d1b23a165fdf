/// The bare number at either end of a range of hours, read as a clock time from the other end:
/// "10 से 12 बजे तक" (10 → 10:00), "4 से शाम 5 तक" (4 → 16:00), "शाम 5 से 6" (6 → a clock time;
/// the resolver gives it the evening of "शाम 5": 18:00), "सुबह 10:30 और 1 के बीच". A number
/// followed by anything else ("शाम 5 से 6 लोग") is no time.
enum ClockRangeMatcher {
    static func match(_ c: MatchContext, _ i: Int) -> Mention? {
        guard let first = bareClock(c, i) else { return nil }
        let joiner = first.last + 1
        // "रविवार को 10 से 12 के बीच", "सोमवार 8 से 9 तक": two bare hours after a day
        if isJoiner(c, joiner), c.adjacent(first.last, joiner), followsADay(c, i), let end = bareClock(c, joiner + 1),
           c.adjacent(joiner, joiner + 1), endsRange(c, end.last + 1) {
            return Mention(first: i, last: first.last, meaning: .timed(nil, .clock(hour: first.hour, minute: first.minute)),
                           rule: "time.range-start")
        }
        if isJoiner(c, joiner), c.adjacent(first.last, joiner), let end = clockAfter(c, joiner + 1) {
            // the start takes the afternoon or evening of the end when that keeps it before the end
            var hour = first.hour
            if hour < 12, hour + 12 <= end.hour, end.hour >= 13 { hour += 12 }
            return Mention(first: i, last: first.last, meaning: .timed(nil, .clock(hour: hour, minute: first.minute)),
                           rule: "time.range-start")
        }
        if isJoiner(c, i - 1), startsWithClock(c, before: i - 1), endsRange(c, first.last + 1) {
            var last = first.last
            if c.has(last + 1, .baje) { last += 1 }
            return Mention(first: i, last: last, meaning: .timed(nil, .clock(hour: first.hour, minute: first.minute)),
                           rule: "time.range-end")
        }
        return nil
    }

    /// "5", "10:30", "1.30", "पाँच" at `i`, an hour of the clock without बजे.
    static func bareClock(_ c: MatchContext, _ i: Int) -> (hour: Int, minute: Int, last: Int)? {
        if !c.isNumber(i), let n = c.lex(i)?.cardinal, n >= 1, n <= 12 { return (n, 0, i) }
        guard c.isNumber(i), c.tokens[i].digits <= 2, c.tokens[i].number <= 24 else { return nil }
        if c.isPunct(i + 1, 0x3A) || c.isPunct(i + 1, 0x2E), !c.tokens[i + 1].spaceBefore, c.isNumber(i + 2),
           !c.tokens[i + 2].spaceBefore, c.tokens[i + 2].digits == 2, c.tokens[i + 2].number < 60 {
            return (c.tokens[i].number, c.tokens[i + 2].number, i + 2)
        }
        return (c.tokens[i].number, 0, i)
    }

    /// से, और, or a dash joining the two ends.
    static func isJoiner(_ c: MatchContext, _ k: Int) -> Bool {
        c.isWord(k, WordKeys.se) || c.isWord(k, WordKeys.aur) || c.isDash(k)
    }

    /// A clock time with its mark at `j`: "12 बजे", "शाम 5", "11:30", its hour on the 24-hour clock.
    static func clockAfter(_ c: MatchContext, _ j: Int) -> (hour: Int, last: Int)? {
        guard j < c.count, c.adjacent(j - 1, j) else { return nil }
        if let pod = c.lex(j)?.partOfDay, let k = c.clock(j + 1, partOfDay: pod, bare: true) { return (k.hour, k.last) }
        if let k = c.clock(j, partOfDay: nil, bare: false) { return (k.hour, k.last) }
        return nil
    }

    /// The tokens before the joiner at `k` end a clock time with a part of day or a mark: "शाम 5",
    /// "सुबह 10:30", "5 बजे", "1 PM".
    static func startsWithClock(_ c: MatchContext, before k: Int) -> Bool {
        var j = k - 1
        guard j >= 0, c.adjacent(j, k) else { return false }
        if c.has(j, .baje) || c.has(j, .am) || c.has(j, .pm) { return true }
        if c.isNumber(j), c.isPunct(j - 1, 0x3A) || c.isPunct(j - 1, 0x2E), !c.tokens[j].spaceBefore { j -= 2 }
        guard c.isNumber(j), c.tokens[j].digits <= 2 else { return false }
        return (c.lex(j - 1)?.partOfDay != nil && c.adjacent(j - 1, j)) || followsADay(c, j)
    }

    /// The number at `i` comes right after a day: "सोमवार 8", "कल 3", "रविवार को 10", "1/1/2015 को 3".
    static func followsADay(_ c: MatchContext, _ i: Int) -> Bool {
        var k = i - 1
        if c.isWord(k, WordKeys.ko) { k -= 1 }
        guard k >= 0, c.adjacent(k, i) else { return false }
        if let e = c.lex(k), e.weekday > 0 || e.deictic == .today || e.deictic == .kal || e.deictic == .parson || e.month > 0 {
            return true
        }
        // a numeric date: 1/1/2015
        return k != i - 1 && c.isNumber(k) && c.tokens[k].digits == 4 && c.isPunct(k - 1, 0x2F)
    }

    /// Token `k` closes the end of a range: बजे, तक, "के बीच", punctuation or the end of the text.
    static func endsRange(_ c: MatchContext, _ k: Int) -> Bool {
        if k >= c.count || c.tokens[k].kind == .punctuation && !c.isPunct(k, 0x3A) && !c.isPunct(k, 0x2E) { return true }
        return c.has(k, .baje) || c.isWord(k, WordKeys.tak) || (c.isWord(k, WordKeys.ke) && c.isWord(k + 1, WordKeys.beech))
    }
}
