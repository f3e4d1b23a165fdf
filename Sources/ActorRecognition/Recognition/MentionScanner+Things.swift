/// Storms and other things named like people: `तूफान रीटा`, `चक्रवात फणि`. The name after such a
/// word, and its later uses in the article (`रीटा की रफ्तार`), are no actor.
extension MentionScanner {
    private static let thingWords: Set<NameKey> = InstitutionWords.keys("""
    तूफान तूफ़ान चक्रवात चक्रवाती हरिकेन हरीकेन साइक्लोन टाइफून सुपरसाइक्लोन
    """)

    /// How many words at `position` are a thing's name (or the word naming the kind of thing), or nil.
    mutating func namedThing(at position: Int) -> Int? {
        let token = tokens[position]
        if !thingNames.isEmpty, thingNames.contains(token.key) { return 1 }
        guard Self.thingWords.contains(token.key) else { return nil }
        var next = position + 1
        while next < tokens.count, next - position <= 2, tokens[next].isDevanagari,
              ArticleMemory.canStandAlone(tokens[next]), tokens[next].flags.isDisjoint(with: [.caseMarker, .stopWord]) {
            thingNames.insert(tokens[next].key)
            next += 1
        }
        return next - position
    }
}
