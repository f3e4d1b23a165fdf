/// Splits text into word, number and punctuation tokens over folded scalars, keeping the
/// original scalar offsets. Runs in one pass, linear in the input.
struct Tokenizer {
    /// Tokens of `text`; offsets count Unicode scalars of the text as given.
    static func tokenize(_ text: String, lexicon: Lexicon) -> [Token] {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { tokenize(utf8: $0, lexicon: lexicon) }
            ?? tokenize(utf8: Array(text.utf8), lexicon: lexicon)
    }

    static func tokenize(utf8 bytes: [UInt8], lexicon: Lexicon) -> [Token] {
        bytes.withUnsafeBufferPointer { tokenize(utf8: $0, lexicon: lexicon) }
    }

    /// Tokens of well-formed UTF-8 bytes.
    static func tokenize(utf8 b: UnsafeBufferPointer<UInt8>, lexicon: Lexicon) -> [Token] {
        var stream = TokenStream(b)
        stream.sink.tokens.reserveCapacity(b.count / 12)
        _ = stream.fill(target: Int.max, limit: Int.max, lexicon: lexicon)
        return stream.sink.tokens
    }
}
