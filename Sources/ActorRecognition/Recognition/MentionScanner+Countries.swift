/// Whether a country, state or city the gazetteer named acts in its sentence or only locates,
/// read from the words that follow it (or follow the list it stands in).
extension MentionScanner {
    /// Whether a country, state or city named at `position` acts here (`भारत ने`, `चीन के साथ`,
    /// `पाकिस्तान को`) rather than only locating (`दिल्ली में`, `रूस के कुर्स्क क्षेत्र में`,
    /// `ब्राजील लौटी`) or being a list of where something happened (`जापान, जर्मनी और कनाडा प्रभावित हुए`).
    func actsAsLocation(_ position: Int, after next: Int) -> Bool {
        let isCountry = actors[position].kind == .country
        // In a list of places the words after the whole list decide (`भारत और चीन ने`).
        let next = isCountry ? (endOfPlaceList(after: next) ?? next) : next
        // A country at the end of a clause is talked about.
        guard next < tokens.count else { return isCountry }
        if tokens[next].hardBreakBefore { return isCountry && !isCredit(at: position) }
        let word = tokens[next].key
        if NameLexicon.agentMarkers.contains(word) { return true }
        guard isCountry else { return false }
        if Self.locatives.contains(word) || Self.visitWords.contains(word) { return false }
        if NameLexicon.genitives.contains(word), next + 1 < tokens.count {
            let after = tokens[next + 1].key
            // `रूस के कुर्स्क क्षेत्र में`: a place inside the country only locates; so does the country
            // of a person (`भारत के के एस वर्मा`, `जर्मनी की हाना श्मिट`, the tagger finding the surname).
            if isPlace(at: next + 1) || isPerson(at: next + 1) { return false }
            if next + 2 < tokens.count, !tokens[next + 2].hardBreakBefore, !tokens[next + 1].flags.contains(.stopWord)
                || StopWords.isInitial(after), isPerson(at: next + 2) { return false }
            // `कनाडा के बाहर`: where; `ब्राजील की प्रस्तावित यात्रा`: a visit to the country; `भारत के लिए`:
            // for whom, not who.
            if Self.spatialWords.contains(after) || Self.benefactives.contains(after) || visitFollows(next + 1) { return false }
            // `ब्राजील के तेओडोरो वेलाज़्कुएज़`: two words no list or corpus knows after the genitive are a
            // name the country only qualifies, even when the tagger misses it.
            if next + 2 < tokens.count, !tokens[next + 2].hardBreakBefore, isUnknownWord(next + 1), isUnknownWord(next + 2) {
                return false
            }
            return !Self.regionWords.contains(after) && !roles.startsRole(after)
                && !InstitutionWords.qualifiers.contains(after) && InstitutionWords.kind(of: after) == nil
        }
        // A case marker or a particle (`चीन को`, `भारत से`, `उत्तर कोरिया भी`) leaves the country a
        // party to the clause; a verb or a noun right after it (`ब्राजील लौटी`, `कनाडा पहुंची`, `कनाडा समेत`,
        // `जापानी मीडिया`) makes it where someone went or what something is of.
        return tokens[next].flags.contains(.caseMarker) || Self.particles.contains(word)
    }

    /// A Devanagari word of no word list that the tagger's corpus does not use often either.
    private func isUnknownWord(_ position: Int) -> Bool {
        let token = tokens[position]
        return token.isDevanagari && !token.hasDigit && token.letters >= 2 && token.flags.isEmpty
            && !CorpusCommonWords.contains(token.key) && gazetteerMatch(at: position) == nil
    }

    /// Whether a visit word comes within three words from `position`, with nothing but
    /// describing words before it (`प्रस्तावित सरकारी यात्रा`).
    private func visitFollows(_ position: Int) -> Bool {
        var i = position
        while i < tokens.count, i - position < 3, i == position || !tokens[i].hardBreakBefore {
            if Self.visitWords.contains(tokens[i].key) { return true }
            if !tokens[i].flags.isDisjoint(with: [.caseMarker, .stopWord]) || !tokens[i].flags.isDisjoint(with: .head) {
                return false
            }
            i += 1
        }
        return false
    }

    /// The word after the list of places that continues past `next` (`जापान, जर्मनी, ब्राजील और कनाडा
    /// प्रभावित`: from the word after `जापान`, the position of `प्रभावित`), or nil when no list goes on there.
    func endOfPlaceList(after next: Int) -> Int? {
        var position = next, found = false
        while position < tokens.count {
            let joined: Int
            if Self.listJoiners.contains(tokens[position].key), !tokens[position].hardBreakBefore || commaBefore(position) {
                joined = position + 1
            } else if commaBefore(position) {
                joined = position
            } else {
                break
            }
            guard joined < tokens.count, !tokens[joined].hardBreakBefore || joined == position,
                  let length = placeLength(at: joined) else { break }
            position = joined + length
            found = true
        }
        return found ? position : nil
    }

    /// Whether only a comma (and spaces) separates word `position` from the word before it.
    private func commaBefore(_ position: Int) -> Bool {
        guard position > 0, tokens[position].hardBreakBefore else { return false }
        let gap = text.unicodeScalars[tokens[position - 1].end..<tokens[position].start]
        return gap.allSatisfy { $0 == "," || $0 == "،" || $0.properties.isWhitespace }
    }

    /// The words of a gazetteer or listed place starting at `position`.
    private func placeLength(at position: Int) -> Int? {
        if let known = gazetteerMatch(at: position), known.claims.allSatisfy({ actors[$0.actor].kind.isLocation }) {
            return known.keys.count
        }
        let listed = isListedPlace(at: position) ? PlaceNames.shared.longestMatch(in: tokens, at: position) : 0
        return listed > 0 ? listed : nil
    }

    private static let locatives: Set<NameKey> = InstitutionWords.keys("में तक भर")
    /// `शी की जापान यात्रा`: a visit to the country.
    private static let visitWords: Set<NameKey> = InstitutionWords.keys("यात्रा दौरे दौरा दौरों")
    /// `के लिए`: the country something is for.
    private static let benefactives: Set<NameKey> = InstitutionWords.keys("लिए लिये")
    /// Postpositions of place after `के`: `कनाडा के बाहर`, `भारत के भीतर`.
    private static let spatialWords: Set<NameKey> = InstitutionWords.keys("बाहर अंदर भीतर पास नजदीक करीब समीप ऊपर नीचे")
    /// Words that keep a country a party to its clause without a case marker.
    private static let particles: Set<NameKey> = InstitutionWords.keys("भी ही तो अब फिर भले")
    /// Words joining the names of a list.
    private static let listJoiners: Set<NameKey> = InstitutionWords.keys("और व एवं तथा या")
    /// Words after `के`/`की` that make a country the place of something (`रूस के कुर्स्क क्षेत्र में`).
    private static let regionWords: Set<NameKey> = Set([
        "क्षेत्र", "इलाके", "इलाका", "शहर", "शहरों", "राज्य", "राज्यों", "प्रांत", "हिस्से", "हिस्सों", "सीमा", "तट",
        "राजधानी", "दौरे", "यात्रा", "लोग", "लोगों", "नागरिक", "नागरिकों", "बाजार", "बाजारों", "खाड़ी", "खाडी",
        "तटवर्ती", "तटीय", "शहरी", "ग्रामीण", "प्रांतों", "जिले", "जिलों", "टापू", "द्वीप",
    ].map { NameKey(NameNormalizer.normalize($0)) })
}
