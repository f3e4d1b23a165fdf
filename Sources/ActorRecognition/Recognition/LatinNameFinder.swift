/// Finds capitalised Latin-script names that an article uses at least twice.
///
/// A name is one to four capitalised Latin words (`Elon Musk`, `OpenAI`, `Jean-Noël Barrot`,
/// `Conor O'Brien`), joined by spaces or hyphens, optionally with lowercase particles between them
/// (`Ursula von der Leyen`, `Mohammed bin Salman`, `Bashar al-Assad`). Punctuation (a full stop,
/// a comma, a danda) ends a name; a run of more than four words is not a name. Stop words
/// (`LatinStopWords`), words in links and e-mail addresses, and gazetteer names are never part
/// of one: the gazetteer always wins.
///
/// A name counts when it occurs twice with the same folded spelling, or once in full followed by
/// its first or last word alone (`Barrot` after `Jean-Noël Barrot`), which then stands for it.
/// A word shared by two earlier full names stands for neither.
///
/// Example: `"Lena Fischer ने कहा। Fischer ने दोहराया।"` gives the spots `Lena Fischer` (tokens 0..<2)
/// and `Fischer` (a short form of `Lena Fischer`); `"Lena Fischer ने कहा।"` gives none.
struct LatinNameFinder {
    /// One run of name words, before counting.
    private struct Candidate {
        var tokens: Range<Int>
        /// Folded words, particles included, e.g. `["ursula", "von", "der", "leyen"]`.
        var words: [String]
        var key: String { words.joined(separator: " ") }
    }

    private var reader: LatinTokenReader
    private let index: AliasIndex

    private init(text: String, tokens: [TextToken], index: AliasIndex) {
        reader = LatinTokenReader(text: text, tokens: tokens)
        self.index = index
    }

    /// The repeated Latin names of `text`, whose tokens are `tokens`.
    static func names(in text: String, tokens: [TextToken], index: AliasIndex) -> LatinNames {
        guard tokens.contains(where: { !$0.isDevanagari && !$0.hasDigit }) else { return LatinNames() }
        var finder = LatinNameFinder(text: text, tokens: tokens, index: index)
        let candidates = finder.candidates()
        guard candidates.count > 1 else { return LatinNames() }
        return finder.count(candidates)
    }

    // MARK: Runs

    private mutating func candidates() -> [Candidate] {
        let tokens = reader.tokens
        var result: [Candidate] = []
        var position = 0
        while position < tokens.count {
            if tokens[position].isDevanagari {
                position += 1
                continue
            }
            if let entry = index.longestMatch(in: tokens, at: position) {
                position += max(entry.keys.count, 1)
                continue
            }
            guard let first = word(at: position) else {
                position += 1
                continue
            }
            var words = [first.key]
            var nameWords = 1
            var end = first.end
            var cursor = first.end
            var particles: [String] = []
            while cursor < tokens.count {
                let gap = reader.gap(before: cursor)
                guard gap == .space || gap == .hyphen else { break }
                if reader.shape(at: cursor) == .connector, index.longestMatch(in: tokens, at: cursor) == nil {
                    particles.append(tokens[cursor].key.string)
                    cursor += 1
                    continue
                }
                guard let next = word(at: cursor) else { break }
                words += particles + [next.key]
                particles = []
                nameWords += 1
                end = next.end
                cursor = next.end
            }
            if nameWords <= 4 {
                result.append(Candidate(tokens: position..<end, words: words))
            }
            position = end
        }
        return result
    }

    /// A name word starting at token `position`: a capitalised token, or an initial, with any
    /// capitalised parts joined to it by apostrophes (`O'Brien`, `D'Souza`); folded parts joined by `'`.
    private mutating func word(at position: Int) -> (end: Int, key: String)? {
        let shape = reader.shape(at: position)
        guard shape == .capitalised || shape == .initial else { return nil }
        guard index.longestMatch(in: reader.tokens, at: position) == nil else { return nil }
        var parts = [reader.tokens[position].key.string]
        var end = position + 1
        while end < reader.tokens.count, reader.gap(before: end) == .apostrophe, reader.shape(at: end) == .capitalised {
            parts.append(reader.tokens[end].key.string)
            end += 1
        }
        if shape == .initial, parts.count == 1 { return nil }
        let key = parts.joined(separator: "'")
        guard !LatinStopWords.contains(key) else { return nil }
        return (end, key)
    }

    // MARK: Counting

    private func count(_ candidates: [Candidate]) -> LatinNames {
        var counts: [String: Int] = [:]
        var firstSurface: [String: String] = [:]
        /// First or last word of an earlier full name → that name's key; nil when two names share the word.
        var owners: [String: String?] = [:]
        var shortFormOf: [Int: String] = [:]
        for (number, candidate) in candidates.enumerated() {
            let key = candidate.key
            if candidate.words.count == 1, let owner = owners[key] {
                if let full = owner {
                    counts[full, default: 0] += 1
                    shortFormOf[number] = full
                }
                continue
            }
            counts[key, default: 0] += 1
            if firstSurface[key] == nil { firstSurface[key] = reader.surface(of: candidate.tokens) }
            guard candidate.words.count > 1, let first = candidate.words.first, let last = candidate.words.last
            else { continue }
            for word in Set([first, last]) {
                if let owner = owners[word] {
                    if owner != key { owners[word] = .some(nil) }
                } else {
                    owners[word] = .some(key)
                }
            }
        }
        var spots: [Int: LatinNames.Spot] = [:]
        for (number, candidate) in candidates.enumerated() {
            let full = shortFormOf[number] ?? candidate.key
            guard let name = firstSurface[full], counts[full, default: 0] >= 2 else { continue }
            spots[candidate.tokens.lowerBound] = LatinNames.Spot(length: candidate.tokens.count, name: name,
                                                                 isShortForm: shortFormOf[number] != nil)
        }
        return LatinNames(spots: spots)
    }
}
