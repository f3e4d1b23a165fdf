/// Collects the scalar ranges of sentences from the tokenizer's tokens, chunk after chunk: each
/// sentence from its first token to its last, line breaks left out.
///
/// Example: the tokens of `"आज बारिश हुई। कल धूप रहेगी।"` give `0..<13` and `14..<27`.
struct SentenceBounds {
    private(set) var ranges: [Range<Int>] = []
    private var current: Int32 = -1
    private var start = -1, end = -1

    mutating func read(_ tokens: [Token]) {
        for t in tokens {
            if t.sentence != current {
                close()
                current = t.sentence
            }
            if t.kind == .punctuation && (t.key == 0x0A || t.key == 0x0D) { continue }
            if start < 0 { start = Int(t.start) }
            end = Int(t.end)
        }
    }

    /// The ranges, once every token was read.
    mutating func finish() -> [Range<Int>] {
        close()
        return ranges
    }

    private mutating func close() {
        if start >= 0 { ranges.append(start..<end) }
        start = -1
    }
}
