/// Places no list holds, shown by how Hindi news names localities: a village after `गांव`
/// (`गांव गदराना में`), a neighbourhood or landmark before `नगर`, `कॉलोनी`, `छावनी`, `टापू`, `तट`
/// (`गोविंद नगर में`, `हैनान टापू में`), and a town whose name ends in `-गंज`, `-नगर`, `-पुर`, `-बाद`
/// (`शुक्लागंज से`), each followed by a postposition that locates.
///
/// Example: `आरोपी को गोविंद नगर से पकड़ा गया` gives the place `गोविंद नगर` (`.locality(word: "नगर")`).
extension MentionScanner {
    static let beforeName: Set<NameKey> = InstitutionWords.keys("गांव गाँव ग्राम कस्बा कस्बे मोहल्ला मोहल्ले")
    private static let afterName: Set<NameKey> = InstitutionWords.keys("नगर कॉलोनी मोहल्ला छावनी विहार चौक टापू द्वीप तट")
    private static let locating: Set<NameKey> = InstitutionWords.keys("में से के की का तक पर स्थित निवासी")
    private static let townEndings: [[UInt32]] = ["गंज", "नगर", "पुर", "बाद", "ग्राम", "गढ़"].map {
        NameNormalizer.normalize($0).unicodeScalars.map(\.value)
    }

    /// A locality starting at `position`, recorded as a place; returns the words used, or nil.
    mutating func locality(at position: Int) -> Int? {
        let token = tokens[position]
        if token.flags.contains(.localityWord), position + 1 < tokens.count, !tokens[position + 1].hardBreakBefore,
           isLocalityName(position + 1), locates(after: position + 2) {
            record(position + 1..<position + 2, word: token.key.string)
            return 2
        }
        guard isLocalityName(position) else { return nil }
        // One or two locality words after the name: `गोविंद नगर में`, `संजय विहार कॉलोनी के`.
        var end = position + 1
        while end < tokens.count, end - position <= 2, !tokens[end].hardBreakBefore, Self.afterName.contains(tokens[end].key) {
            end += 1
        }
        if end > position + 1, locates(after: end) {
            record(position..<end, word: tokens[end - 1].key.string)
            return end - position
        }
        if token.letters >= 5, locates(after: position + 1), let ending = townEnding(of: token) {
            record(position..<position + 1, word: ending)
            return 1
        }
        return nil
    }

    private func isLocalityName(_ position: Int) -> Bool {
        let token = tokens[position]
        return token.isDevanagari && ArticleMemory.canStandAlone(token)
            && token.flags.isDisjoint(with: [.roleStart, .notName, .caseMarker, .commonNoun, .governmentHead, .organizationHead])
            && gazetteerMatch(at: position) == nil && memory.fullName(in: tokens, at: position) == nil
    }

    private func locates(after position: Int) -> Bool {
        position < tokens.count && !tokens[position].hardBreakBefore && Self.locating.contains(tokens[position].key)
    }

    private func townEnding(of token: TextToken) -> String? {
        let count = token.key.scalarCount
        for ending in Self.townEndings where count > ending.count + 1 && token.key.ends(with: ending) {
            return String(String.UnicodeScalarView(ending.compactMap(Unicode.Scalar.init)))
        }
        return nil
    }

    private mutating func record(_ words: Range<Int>, word: String) {
        let first = tokens[words.lowerBound], last = tokens[words.upperBound - 1]
        let surface = String(text.unicodeScalars[first.start..<last.end])
        let name = tokens[words].map { cleanSurface($0) }.joined(separator: " ")
        places.append(PlaceMention(actorID: nil, name: name, surface: surface, scalarRange: first.scalarStart..<last.scalarEnd,
                                   range: first.start..<last.end, evidence: .locality(word: word)))
    }
}
