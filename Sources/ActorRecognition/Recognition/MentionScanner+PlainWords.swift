/// The words the text scan can pass at once: function words that no rule starts at.
///
/// Example: in `सरकार ने कहा कि बैठक होगी`, `ने`, `कि` and `होगी` start no name, role, body or
/// place, so the scan asks them nothing more.
extension MentionScanner {
    /// Whether word `position` is a stop word that no rule of `scanText` starts at: not a role,
    /// head, qualifier, common noun or honorific, not where a gazetteer name, a listed place, a
    /// remembered name, a tagger's name, a thing's name, a plural demonym or a village word starts.
    func isPlainWord(at position: Int) -> Bool {
        let token = tokens[position]
        guard token.isDevanagari, token.flags.contains(.stopWord),
              token.flags.isDisjoint(with: Self.startingFlags), gazetteerMatches[position] == nil,
              modelSpans[position] == nil else { return false }
        if !thingNames.isEmpty, thingNames.contains(token.key) { return false }
        return !isListedPlace(at: position)
            && index.pluralDemonym(token.key) == nil && memory.fullName(in: tokens, at: position) == nil
    }

    private static let startingFlags: WordFlags = [.roleStart, .governmentHead, .organizationHead, .standAloneHead,
                                                   .qualifier, .commonNoun, .honorific, .thingWord, .localityWord]
}
