/// What the tagger knows about one word before it looks at its neighbours: hashes of the word,
/// its affixes and shape, and the lexicon class it belongs to.
///
/// Example: for `कुमार` (a Devanagari word of 5 letters) `word` hashes `कुमार`, `suffix2` hashes `ार`,
/// and `wordClass` is `.none`; for `ने` the class is `.caseMarker`.
struct TokenView: Sendable {
    enum WordClass: UInt64, Sendable {
        case none = 0, caseMarker, stopWord, role, honorific, institution, notName
    }

    var word: UInt64
    var suffix1: UInt64
    var suffix2: UInt64
    var suffix3: UInt64
    var prefix2: UInt64
    var prefix3: UInt64
    var shape: UInt64
    var wordClass: WordClass
    /// Bits: 1 a common given name, 2 a common surname, 4 a word of a place name (see `CommonNames`, `PlaceNames`).
    var lexicon: UInt64
    var hardBreakBefore: Bool

    /// The view of `token`; `capitalized` tells whether its first letter as written is a Latin capital.
    init(_ token: TextToken, capitalized: Bool) {
        let key = token.key
        let count = key.scalarCount
        func at(_ i: Int) -> UInt32 { i >= 0 && i < count ? key.scalarValue(at: i) : 0 }
        let first = (at(0), at(1), at(2))
        let last = (at(count - 3), at(count - 2), at(count - 1))
        word = token.key.fnv
        suffix1 = FeatureHash.of(values: last.2)
        suffix2 = count > 2 ? FeatureHash.of(values: last.1, last.2) : 0
        suffix3 = count > 3 ? FeatureHash.of(values: last.0, last.1, last.2) : 0
        prefix2 = count > 2 ? FeatureHash.of(values: first.0, first.1) : 0
        prefix3 = count > 3 ? FeatureHash.of(values: first.0, first.1, first.2) : 0
        var shape: UInt64 = token.isDevanagari ? 1 : 2
        if token.hasDigit { shape |= 4 }
        if capitalized { shape |= 8 }
        shape |= UInt64(min(token.letters, 7)) << 4
        self.shape = shape
        wordClass = NameLexicon.wordClass(token.flags)
        self.lexicon = (token.flags.contains(.givenName) ? 1 : 0) | (token.flags.contains(.surname) ? 2 : 0)
            | (token.flags.contains(.placeWord) ? 4 : 0)
        hardBreakBefore = token.hardBreakBefore
    }

    /// The padding view before the first and after the last word.
    static let boundary = TokenView()

    private init() {
        word = 1; suffix1 = 1; suffix2 = 1; suffix3 = 1; prefix2 = 1; prefix3 = 1; shape = 0
        wordClass = .none; lexicon = 0; hardBreakBefore = true
    }
}
