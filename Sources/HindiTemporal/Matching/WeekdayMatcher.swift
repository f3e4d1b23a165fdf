/// Weekdays with an optional modifier and time of day: "शनिवार", "पिछले सोमवार", "एक रविवार",
/// "मंगलवार की शाम", "बुधवार रात", "गुरुवार दोपहर बाद".
enum WeekdayMatcher {
    static func match(_ c: MatchContext, _ i: Int) -> Mention? {
        var j = i
        var mod = Modifier.none
        if let r = c.modifier(i) {
            mod = r.0
            j = r.1
        } else if c.isWord(i, WordKeys.ek) {
            mod = .indefinite
            j = i + 1
        }
        guard let wd = c.lex(j)?.weekday, wd > 0, j == i || c.adjacent(j - 1, j) else { return nil }
        if c.has(j + 1, .nameAfterTimeWord) { return nil }
        let base = Meaning.weekday(wd, mod)
        if let tail = c.timeTail(j + 1) {
            return Mention(first: i, last: tail.1, meaning: .timed(base, tail.0), rule: "weekday.time")
        }
        return Mention(first: i, last: j, meaning: base, rule: mod == .none || mod == .indefinite ? "weekday.tensed" : "weekday.modified")
    }
}
