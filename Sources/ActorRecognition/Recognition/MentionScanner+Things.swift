/// Storms and other things named like people: `तूफान रीटा`, `चक्रवात फणि`, `'रीटा' नाम का तूफान`,
/// `तूफान कैटरीना और रीटा`. Such names are no actors anywhere in the article, before the words that
/// show what they name as well as after them (`रीटा की रफ्तार`).
extension MentionScanner {
    static let thingWords: Set<NameKey> = InstitutionWords.keys("""
    तूफान तूफ़ान चक्रवात चक्रवाती हरिकेन हरीकेन हरिकन साइक्लोन टाइफून सुपरसाइक्लोन
    """)
    private static let conjunctions: Set<NameKey> = InstitutionWords.keys("और व एवं तथा")
    private static let nameWord = NameKey("नाम")

    /// Finds the article's thing names before the scan: after a thing word (`तूफान रीटा`, with a
    /// second name joined by `और`), and before `नाम का/के/की` and a thing word.
    mutating func findThingNames() {
        for position in tokens.indices where tokens[position].flags.contains(.thingWord) {
            var next = position + 1
            while next < tokens.count, next - position <= 2, isThingName(next) {
                thingNames.insert(tokens[next].key)
                next += 1
            }
            if next > position + 1, next + 1 < tokens.count, Self.conjunctions.contains(tokens[next].key),
               !tokens[next].hardBreakBefore, isThingName(next + 1) {
                thingNames.insert(tokens[next + 1].key)
            }
            if position >= 3, tokens[position - 2].key == Self.nameWord, NameLexicon.genitives.contains(tokens[position - 1].key),
               isThingName(position - 3) {
                thingNames.insert(tokens[position - 3].key)
            }
        }
    }

    /// A word that may name a thing: not a known name or place (`तूफान आंध्र प्रदेश के तट से टकराया`).
    private func isThingName(_ position: Int) -> Bool {
        let token = tokens[position]
        return token.isDevanagari && ArticleMemory.canStandAlone(token)
            && token.flags.isDisjoint(with: [.caseMarker, .stopWord, .placeWord]) && !token.flags.contains(.thingWord)
            && gazetteerMatch(at: position) == nil
    }

    /// How many words at `position` are a thing's name or the word naming the kind of thing (with
    /// the names after it), or nil.
    func namedThing(at position: Int) -> Int? {
        let token = tokens[position]
        if !thingNames.isEmpty, thingNames.contains(token.key) { return 1 }
        guard token.flags.contains(.thingWord) else { return nil }
        var next = position + 1
        while next < tokens.count, next - position <= 2, thingNames.contains(tokens[next].key) { next += 1 }
        return next - position
    }
}
