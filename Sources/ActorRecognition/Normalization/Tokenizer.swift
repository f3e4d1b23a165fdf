/// One word of an input text, with its folded key and where it sits in the original text.
struct TextToken: Sendable {
    /// Folded form (see `NameNormalizer`), e.g. `जेलेंस्की` for `ज़ेलेंस्की`.
    var key: NameKey
    var scalarStart: Int
    var scalarEnd: Int
    var start: String.Index
    var end: String.Index
    /// Number of scalars in `key` other than virama.
    var letters: Int
    /// Whether punctuation (not just spaces or a hyphen) separates this token from the previous one.
    var hardBreakBefore: Bool
    /// Whether the key holds a Devanagari letter.
    var isDevanagari: Bool
    /// Whether the key holds a digit.
    var hasDigit: Bool
    /// Whether the word as written starts with a Latin capital (`Modi`, `Élysée`).
    var capitalized = false
    /// What the word lists say about the key.
    var flags: WordFlags = []
}

/// Splits text into `TextToken`s in one pass over its UTF-8 bytes.
///
/// Example: `Tokenizer.tokens(in: "ज़ेलेंस्की ने, कहा")` gives `जेलेंस्की`, `ने` and `कहा` (the last with
/// `hardBreakBefore`, after the comma).
enum Tokenizer {
    /// The words of `text`; `flags: false` leaves `TextToken.flags` empty (the word lists
    /// themselves are read with it, before the flags exist).
    static func tokens(in text: String, flags: Bool = true) -> [TextToken] {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { bytes in
            var reader = TokenReader(text: text, flags: flags)
            reader.read(bytes)
            return reader.result
        } ?? []
    }

    /// Folded keys of the words of a name, e.g. `["किम", "जोंग", "उन"]`.
    static func keys(of name: String) -> [NameKey] {
        tokens(in: name, flags: false).map(\.key)
    }

    /// Folded words joined by single spaces: the lookup key of a whole name.
    static func joinedKey(of name: String) -> String {
        tokens(in: name, flags: false).map(\.key.string).joined(separator: " ")
    }
}
