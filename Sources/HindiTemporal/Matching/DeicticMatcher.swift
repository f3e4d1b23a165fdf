/// Words pointing at the DCT: "आज", "कल", "परसों" (with a time of day: "आज सुबह"), "अब", "अभी", "फिलहाल"
/// (PRESENT_REF), "हाल ही" (PAST_REF), "भविष्य", "जल्द ही" (FUTURE_REF), "इन दिनों", "वर्तमान में".
enum DeicticMatcher {
    static func match(_ c: MatchContext, _ i: Int) -> Mention? {
        guard let e = c.lex(i) else { return nil }
        if let d = e.deictic {
            switch d {
            case .today, .kal, .parson:
                // कल-कारखाने (factories), आज-कल: a hyphenated compound is not a day
                if c.isDash(i + 1), !c.tokens[i + 1].spaceBefore { return nil }
                // "आजतक से बातचीत में", "आजतक की टीम": the news channel
                if c.isWord(i, WordKeys.aajtak),
                   c.has(i + 1, .genitive) || c.isWord(i + 1, WordKeys.se) || c.isWord(i + 1, WordKeys.news)
                    || c.isWord(i + 1, WordKeys.channel) || c.has(i + 1, .ergative) { return nil }
                if let tail = c.timeTail(i + 1) {
                    return Mention(first: i, last: tail.1, meaning: .timed(.deictic(d), tail.0), rule: "deictic.time")
                }
                return Mention(first: i, last: i, meaning: .deictic(d), rule: "deictic.\(d)")
            default:
                if c.has(i + 1, .nameAfterTimeWord) { return nil }
                return Mention(first: i, last: i, meaning: .deictic(d), rule: "vague.word")
            }
        }
        if e.has(.soon) {
            if c.isWord(i + 1, WordKeys.hi) {
                return Mention(first: i, last: i + 1, meaning: .deictic(.futureRef), rule: "vague.soon")
            }
            if c.isWord(i, WordKeys.jaldi) { return nil }
            return Mention(first: i, last: i, meaning: .deictic(.futureRef), rule: "vague.soon")
        }
        if e.has(.recent) {
            if c.isWord(i + 1, WordKeys.hi) {
                return Mention(first: i, last: i + 1, meaning: .deictic(.pastRef), rule: "vague.recent")
            }
            if c.isWord(i + 1, WordKeys.mein) {
                return Mention(first: i, last: i, meaning: .deictic(.pastRef), rule: "vague.recent")
            }
            if c.has(i + 1, .genitive), let u = c.lex(i + 2)?.unit, c.lex(i + 2)?.unitPlural == true, u != .hour {
                return Mention(first: i, last: i + 2, meaning: .deictic(.pastRef), rule: "vague.recent")
            }
            return nil
        }
        if e.has(.past) {
            return Mention(first: i, last: i, meaning: .deictic(.pastRef), rule: "vague.past")
        }
        if e.has(.present) {
            if c.isWord(i + 1, WordKeys.mein) {
                return Mention(first: i, last: i, meaning: .deictic(.presentRef), rule: "vague.present")
            }
            if c.has(i + 1, .timeNoun) {
                return Mention(first: i, last: i + 1, meaning: .deictic(.presentRef), rule: "vague.present")
            }
        }
        if e.has(.these), let next = c.lex(i + 1), next.unit == .day, next.unitPlural {
            // इन दिनों (these days) is now; उन दिनों (those days) is the past
            let d: Deictic = c.isWord(i, WordKeys.un) ? .pastRef : .presentRef
            return Mention(first: i, last: i + 1, meaning: .deictic(d), rule: "vague.these-days")
        }
        return nil
    }
}
