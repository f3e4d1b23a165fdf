/// Names only the statistical tagger finds, and the tests that keep places, adjectives and
/// common surnames from becoming the wrong actors.
extension MentionScanner {
    /// The lowest tagger probability a name needs to become an actor or a place.
    static let modelThreshold = 0.5

    /// A name the tagger found starting at `position` and nothing else claimed: a provisional
    /// person or organization, or a place. Returns the words used.
    mutating func modelName(at position: Int) -> Int? {
        guard let span = modelSpans[position], span.score >= Self.modelThreshold else { return nil }
        // A name the gazetteer knows as shared by several actors (`किम`) stays unresolved.
        if let known = gazetteerMatch(at: position), known.isAmbiguous, known.keys.count >= span.tokens.count { return nil }
        let origin = position
        let start = Self.nameStart(in: tokens, span: span.tokens)
        guard start < span.tokens.upperBound, start == position || !tokens[start].hardBreakBefore else {
            return start > position ? start - position : nil
        }
        let position = start
        var end = position
        while end < span.tokens.upperBound {
            let token = tokens[end]
            if end > position, token.hardBreakBefore { break }
            guard isModelNameWord(token, type: span.type) else { break }
            end += 1
        }
        guard end > position else { return nil }
        let first = tokens[position], last = tokens[end - 1]
        let evidence = Evidence.model(type: span.type, score: span.score)
        let name = tokens[position..<end].map { cleanSurface($0) }.joined(separator: " ")
        switch span.type {
        case .location:
            places.append(PlaceMention(actorID: nil, name: name, surface: String(text.unicodeScalars[first.start..<last.end]),
                                       scalarRange: first.scalarStart..<last.scalarEnd, range: first.start..<last.end,
                                       evidence: evidence))
        case .person, .organization:
            guard end - position > 1 || first.letters >= 2 else { return nil }
            // One word alone is a name only when a list knows it as one or a case marker shows it acting
            // or acted upon: the tagger's single words are its least certain (`नियुक्त`, `स्कूल`).
            if end - position == 1, first.flags.isDisjoint(with: [.givenName, .surname]),
               !(end < tokens.count && !tokens[end].hardBreakBefore && tokens[end].flags.contains(.caseMarker)) {
                return nil
            }
            if span.type == .organization, qualifiesRole(after: end) { return end - origin }
            let target = ArticleMemory.Target.provisional(name: name, kind: span.type == .person ? .person : .organization)
            // One word too: what the tagger named once, the article means wherever it repeats the word.
            memory.rememberFullName(tokens[position..<end].map(\.key), target: target, evidence: evidence)
            emit(Resolution(target: target, length: end - position, evidence: evidence), at: position)
            if span.type == .organization { rememberAbbreviation(after: end, for: target, name: name) }
        }
        return end - origin
    }

    /// Where a name of the tagger really starts: after the words the corpus never has inside a
    /// name (`उपलब्ध कराते बैंक` starts at `बैंक`); `span.upperBound` when all of them are such words.
    static func nameStart(in tokens: [TextToken], span: Range<Int>) -> Int {
        var start = span.lowerBound
        while start < span.upperBound, CorpusCommonWords.contains(tokens[start].key) { start += 1 }
        return start
    }

    private func isModelNameWord(_ token: TextToken, type: EntityType) -> Bool {
        // The tagger learned Devanagari text; Latin-script names are `LatinNameFinder`'s. A plural
        // oblique (`खाताधारकों`, `शहरों`) is a common noun.
        guard token.isDevanagari, token.flags.isDisjoint(with: [.caseMarker, .notName]), !isPluralOblique(token) else { return false }
        if type == .organization { return token.letters >= 1 && !token.hasDigit }
        return ArticleMemory.canStandAlone(token) && token.flags.isDisjoint(with: [.roleStart, .honorific])
    }

    /// `रमेश यादव उर्फ पप्पू`: the position of `पप्पू` when `उर्फ` and a name word follow position `end`.
    func aliasAfter(_ end: Int) -> Int? {
        guard end + 1 < tokens.count, tokens[end].key == Self.aliasWord, !tokens[end].hardBreakBefore,
              !tokens[end + 1].hardBreakBefore, isNameWord(tokens[end + 1]) else { return nil }
        return end + 1
    }

    /// Whether the article names the gazetteer person at `actor` by more than one word somewhere
    /// (`अशोक गहलोत`), which lets a lone surname (`गहलोत`) link to them.
    func articleSupports(_ actor: Int) -> Bool {
        if let known = supportCache.answers[actor] { return known }
        let answer = searchSupport(actor)
        supportCache.answers[actor] = answer
        return answer
    }

    private func searchSupport(_ actor: Int) -> Bool {
        for name in actors[actor].allNames {
            let keys = Tokenizer.keys(of: name)
            guard keys.count > 1 else { continue }
            for i in tokens.indices where tokens[i].key == keys[0] && i + keys.count <= tokens.count {
                if (1..<keys.count).allSatisfy({ tokens[i + $0].key == keys[$0] && !tokens[i + $0].hardBreakBefore }) {
                    return true
                }
            }
        }
        return false
    }

    /// A country's or state's adjective (`रूसी`, `भारतीय`, `उत्तर कोरियाई`, `अमेरिकियों`): not the
    /// country acting. Returns its length in words, or nil.
    func demonym(at position: Int) -> Int? {
        let key = tokens[position].key
        if index.pluralDemonym(key) != nil { return 1 }
        guard let entry = gazetteerMatch(at: position), !entry.isAmbiguous,
              let claim = entry.claims.first, let last = entry.keys.last else { return nil }
        // The ending first: most names of countries are no adjective, and it costs least to ask.
        let adjective = last.ends(with: [0x0940]) || last.ends(with: [0x0940, 0x092F]) || last.ends(with: [0x093E, 0x0908])
        let actor = actors[claim.actor]
        guard adjective, actor.kind == .country || actor.kind == .state,
              !index.nameTokens(ofActor: claim.actor).lazy.map(\.key).elementsEqual(entry.keys) else { return nil }
        return entry.keys.count
    }

    /// A place from the place list (`PlaceNames`) at `position` that neither the gazetteer nor the
    /// tagger (as a longer person or organization) claimed. Returns the words used.
    mutating func listedPlace(at position: Int) -> Int? {
        guard tokens[position].flags.contains(.placeWord) else { return nil }
        let length = PlaceNames.shared.longestMatch(in: tokens, at: position)
        guard length > 0 else { return nil }
        if let span = modelSpans[position], span.type != .location, span.tokens.count > length { return nil }
        let first = tokens[position], last = tokens[position + length - 1]
        let surface = String(text.unicodeScalars[first.start..<last.end])
        places.append(PlaceMention(actorID: nil, name: surface, surface: surface, scalarRange: first.scalarStart..<last.scalarEnd,
                                   range: first.start..<last.end, evidence: .placeList(surface)))
        return length
    }

    /// Whether a person's name starts at `position`: a gazetteer person or the tagger's person.
    func isPerson(at position: Int) -> Bool {
        if let known = gazetteerMatch(at: position), !known.isAmbiguous,
           let claim = known.claims.first, actors[claim.actor].kind == .person { return true }
        if let span = modelSpans[position], span.type == .person, span.score >= Self.modelThreshold { return true }
        return false
    }

    /// Whether a name from the list of places starts at `position` (`कृष्णा`, a district).
    func isListedPlace(at position: Int) -> Bool {
        tokens[position].flags.contains(.placeWord) && PlaceNames.shared.longestMatch(in: tokens, at: position) > 0
    }

    /// Whether a place name starts at `position`: a listed place or a gazetteer place (the tagger's
    /// places are not sure enough to turn a country's acting into locating).
    func isPlace(at position: Int) -> Bool {
        if isListedPlace(at: position) { return true }
        guard let known = gazetteerMatch(at: position) else { return false }
        return known.claims.allSatisfy { actors[$0.actor].kind.isLocation }
    }

    private static let aliasWord = NameKey("उर्फ")

    /// Whether the UTF-8 of `text` between two of its indices holds `byte`: a scan of contiguous
    /// bytes where the text has them (as texts read from files and JSON do).
    static func contains(_ byte: UInt8, in text: String, from: String.Index, to: String.Index) -> Bool {
        let lower = text.utf8.distance(from: text.startIndex, to: from)
        let upper = text.utf8.distance(from: text.startIndex, to: to)
        return text.utf8.withContiguousStorageIfAvailable { $0[lower..<upper].contains(byte) }
            ?? text.utf8[from..<to].contains(byte)
    }

    /// Whether the words at `start` sit in an agency credit in parentheses near the start of a line:
    /// `मियामी (रॉयटर्स, एएफपी):` credits the agencies; they do not act in the story.
    /// At most two words (the dateline's place) may stand between the line's start and the parenthesis.
    func isCredit(at start: Int) -> Bool {
        // Without an opening parenthesis in the words' gaps looked at below, the answer is no.
        let from = start >= 6 ? tokens[start - 6].end : text.startIndex
        guard Self.contains(0x28, in: text, from: from, to: tokens[start].start) else { return false }
        var i = start
        var open: Int?
        while i >= 0, start - i < 6 {
            let token = tokens[i]
            let before = i > 0 ? tokens[i - 1].end : text.unicodeScalars.startIndex
            let gap = text.unicodeScalars[before..<token.start]
            if gap.contains(")") && i < start { return false }
            if gap.contains("(") { open = i }
            if i == 0 || gap.contains("\n") {
                guard let open else { return false }
                return open - i <= 2
            }
            i -= 1
        }
        return false
    }
}
