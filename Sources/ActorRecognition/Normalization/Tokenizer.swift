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
    /// What the word lists say about the key.
    var flags: WordFlags = []
}

/// Splits text into `TextToken`s in one pass over its Unicode scalars.
enum Tokenizer {
    /// The words of `text`; `flags: false` leaves `TextToken.flags` empty (the word lists
    /// themselves are read with it, before the flags exist).
    static func tokens(in text: String, flags: Bool = true) -> [TextToken] {
        var result: [TextToken] = []
        result.reserveCapacity(text.utf8.count / 6)
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        var offset = 0
        var hardBreak = false
        var current: TextToken?
        var key: [UInt8] = []
        key.reserveCapacity(64)

        func close() {
            guard var token = current else { return }
            current = nil
            if key.isEmpty { return }
            token.key = NameKey(String(decoding: key, as: UTF8.self))
            if flags { token.flags = WordFlags.of(token.key) }
            key.removeAll(keepingCapacity: true)
            result.append(token)
            hardBreak = false
        }

        while index != scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            switch ScalarClass.of(scalar) {
            case .letter:
                if current == nil {
                    current = TextToken(key: NameKey(""), scalarStart: offset, scalarEnd: offset, start: index, end: index,
                                        letters: 0, hardBreakBefore: hardBreak || result.isEmpty,
                                        isDevanagari: false, hasDigit: false)
                }
                if let added = NameNormalizer.fold(scalar, into: &key) {
                    let v = added.value
                    if v != 0x094D { current?.letters += 1 }
                    if (0x0900...0x097F).contains(v) { current?.isDevanagari = true }
                    if (0x30...0x39).contains(v) || (0x0966...0x096F).contains(v) { current?.hasDigit = true }
                }
                current?.scalarEnd = offset + 1
                current?.end = next
            case .ignorable:
                if current != nil {
                    current?.scalarEnd = offset + 1
                    current?.end = next
                }
            case .space, .softBreak:
                close()
            case .hardBreak:
                close()
                hardBreak = true
            }
            index = next
            offset += 1
        }
        close()
        return result
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
