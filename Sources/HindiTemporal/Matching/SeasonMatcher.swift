/// Seasons without a modifier, read by tense: "गर्मियों में" (the summer the tense points to),
/// "सर्दी के मौसम", "वसंत ऋतु", "मानसून के दौरान". A singular गर्मी or सर्दी alone is the heat or the
/// cold ("भीषण गर्मी में लोग परेशान"), and "मानसून सत्र" is a name: neither is a season.
/// Modified seasons ("पिछली सर्दियों") are read by `RelativeMatcher`.
enum SeasonMatcher {
    static func match(_ c: MatchContext, _ i: Int) -> Mention? {
        guard let s = c.lex(i)?.season, c.modifier(i - 1) == nil else { return nil }
        if c.isWord(i + 1, WordKeys.ritu), c.adjacent(i, i + 1) {
            return Mention(first: i, last: i + 1, meaning: .tensedSeason(s), rule: "season.ritu")
        }
        if c.has(i + 1, .genitive), c.isWord(i + 2, WordKeys.mausam), c.adjacent(i, i + 2) {
            return Mention(first: i, last: i + 2, meaning: .tensedSeason(s), rule: "season.mausam")
        }
        if c.has(i + 1, .genitive), i + 2 < c.count, c.tokens[i + 2].kind == .word, WordKeys.holidays.contains(c.tokens[i + 2].key) {
            return Mention(first: i, last: i, meaning: .tensedSeason(s), rule: "season.holidays")
        }
        let onlySeason = c.tokens[i].shape.contains(.plural) || WordKeys.seasonOnly.contains(c.tokens[i].key)
        let within = c.isWord(i + 1, WordKeys.mein) || (c.has(i + 1, .genitive) && c.isWord(i + 2, WordKeys.dauraan))
        guard onlySeason, within, c.adjacent(i, i + 1) else { return nil }
        return Mention(first: i, last: i, meaning: .tensedSeason(s), rule: "season.tensed")
    }
}
