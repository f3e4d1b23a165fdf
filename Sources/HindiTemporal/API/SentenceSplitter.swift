/// Splits Hindi text into sentences at danda (।, ॥), "?", "!", newlines and a sentence-final ".".
///
/// `SentenceSplitter.sentences(in: "आज बारिश हुई। कल धूप रहेगी।")` → two ranges:
/// "आज बारिश हुई।" and "कल धूप रहेगी।".
public struct SentenceSplitter {
    /// Ranges of the sentences, in order, each ending with its terminator (line breaks and
    /// whitespace between sentences are left out).
    public static func sentences(in text: String) -> [Range<String.Index>] {
        let tokens = Tokenizer.tokenize(text, lexicon: Lexicon.shared)
        var bounds: [Int] = []
        var current: Int32 = -1
        var start = -1
        var end = -1
        for t in tokens {
            let lineBreak = t.kind == .punctuation && (t.key == 0x0A || t.key == 0x0D)
            if t.sentence != current {
                if start >= 0 { bounds.append(start); bounds.append(end) }
                current = t.sentence
                start = -1
            }
            if lineBreak { continue }
            if start < 0 { start = Int(t.start) }
            end = Int(t.end)
        }
        if start >= 0 { bounds.append(start); bounds.append(end) }
        let idx = ScalarBuffer.indices(in: text, at: bounds)
        return stride(from: 0, to: idx.count, by: 2).map { idx[$0]..<idx[$0 + 1] }
    }
}
