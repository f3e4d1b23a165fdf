/// People named with initials, as Indian news names many: `बी एस नायडू`, `पी. वी. रमण`,
/// `लेखक आर के मेहता`. The letters spelt out before a name belong to it, and a name after them is
/// a person's, whatever the tagger made of the word alone (a place, or nothing).
///
/// Example: `खिलाड़ी जी एस कुमार ने मैच जीता` gives the person `जी एस कुमार` after the role; `पी. वी.
/// रमण ने कहा` gives the person `पी वी रमण` (`.initials("पी वी")`).
extension MentionScanner {
    /// How many initials start at `position` and lead to a name word: up to three spelt-out
    /// letters, apart only by spaces or a full stop. `के` alone is the genitive, not an initial.
    func initialsRun(at position: Int) -> Int {
        var end = position
        while end < tokens.count, end - position < 3, tokens[end].flags.contains(.initial),
              end == position || joinedAsInitials(end - 1, end) {
            end += 1
        }
        let count = end - position
        guard count > 0, end < tokens.count, joinedAsInitials(end - 1, end), isNameWord(tokens[end]),
              !CorpusCommonWords.contains(tokens[end].key) else { return 0 }
        if count == 1, tokens[position].key == Self.genitiveK { return 0 }
        return count
    }

    /// A person named after initials at `position`, when no longer name starts there. Returns the
    /// words used, or nil.
    mutating func initialledName(at position: Int) -> Int? {
        let initials = initialsRun(at: position)
        guard initials > 0 else { return nil }
        // A name the tagger marked from the initials on is the tagger's to read.
        if let span = modelSpans[position], span.tokens.count > initials { return nil }
        let nameStart = position + initials
        // A name the gazetteer knows is linked where it starts; `emit` joins the initials to it.
        if gazetteerMatch(at: nameStart) != nil { return nil }
        var end = nameStart
        let limit = modelSpans[nameStart].map { min($0.tokens.count, 3) } ?? 2
        while end < tokens.count, end - nameStart < limit {
            let token = tokens[end]
            if end > nameStart, token.hardBreakBefore || CorpusCommonWords.contains(token.key) { break }
            guard isNameWord(token) else { break }
            end += 1
        }
        guard end > nameStart else { return nil }
        // One letter before a word is a person's initial only when the word is known as a name
        // (`एन नायडू`), not before any word (`टी सीरीज`).
        if initials == 1, modelSpans[nameStart] == nil,
           tokens[nameStart..<end].allSatisfy({ $0.flags.isDisjoint(with: [.givenName, .surname]) }) { return nil }
        let letters = tokens[position..<nameStart].map { cleanSurface($0) }.joined(separator: " ")
        let name = tokens[position..<end].map { cleanSurface($0) }.joined(separator: " ")
        let target = ArticleMemory.Target.provisional(name: name, kind: .person)
        let evidence = Evidence.initials(letters)
        memory.rememberFullName(tokens[position..<end].map(\.key), target: target, evidence: evidence)
        emit(Resolution(target: target, length: end - position, evidence: evidence), at: position)
        return end - position
    }

    /// How many initials stand right before word `start`, leading to it, with nothing found in
    /// them already.
    func initialsBefore(_ start: Int) -> Int {
        var first = start
        while first > 0, start - first < 3, tokens[first - 1].flags.contains(.initial), joinedAsInitials(first - 1, first) {
            first -= 1
        }
        guard first < start, initialsRun(at: first) == start - first else { return 0 }
        let found = max(mentions.last?.scalarRange.upperBound ?? 0, places.last?.scalarRange.upperBound ?? 0)
        return found <= tokens[first].scalarStart ? start - first : 0
    }

    /// Whether only spaces and at most one full stop stand between words `a` and `b`: `पी. वी.`.
    func joinedAsInitials(_ a: Int, _ b: Int) -> Bool {
        guard tokens[b].hardBreakBefore else { return true }
        var stops = 0
        for scalar in text.unicodeScalars[tokens[a].end..<tokens[b].start] {
            if scalar == "." { stops += 1 } else if !scalar.properties.isWhitespace { return false }
        }
        return stops <= 1
    }

    private static let genitiveK = NameKey("के")
}
