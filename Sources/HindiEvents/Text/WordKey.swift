/// A word's folded form as a number: the 64-bit FNV-1a hash of its folded scalars (see
/// `SentenceWords.fold`). Equal words have equal keys whatever their nukta, chandrabindu or
/// invisible joiners (`मुलाक़ात` and `मुलाकात`), and comparing or hashing a key costs no Unicode
/// normalization, which comparing Devanagari `String`s does. A literal is folded the same way:
/// `words.key(i) == "से"`.
struct WordKey: Hashable, Sendable, ExpressibleByStringLiteral {
    let value: UInt64

    /// The key of a position outside the sentence, equal to no word's.
    static let none = WordKey(value: 0)

    init(value: UInt64) {
        self.value = value
    }

    init(stringLiteral word: String) {
        self = Self.of(word)
    }

    /// The key of one written word.
    static func of(_ word: some StringProtocol) -> WordKey {
        var builder = Builder()
        for scalar in word.unicodeScalars where SentenceWords.role(of: scalar) == .letter {
            builder.add(SentenceWords.fold(scalar).value)
        }
        return builder.key
    }

    /// Builds a key scalar by scalar.
    struct Builder {
        private var hash: UInt64 = 0xcbf2_9ce4_8422_2325

        mutating func add(_ scalar: UInt32) {
            var v = scalar
            for _ in 0..<3 {
                hash = (hash ^ UInt64(v & 0xFF)) &* 0x0000_0100_0000_01B3
                v >>= 8
            }
        }

        var key: WordKey { WordKey(value: hash == 0 ? 1 : hash) }
    }
}
