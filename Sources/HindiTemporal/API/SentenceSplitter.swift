/// Splits Hindi text into sentences at danda (।, ॥), "?", "!", newlines and a sentence-final ".".
///
/// `SentenceSplitter.sentences(in: "आज बारिश हुई। कल धूप रहेगी।")` → two ranges:
/// "आज बारिश हुई।" and "कल धूप रहेगी।".
public struct SentenceSplitter {
    /// Ranges of the sentences, in order, each ending with its terminator (whitespace between is left out).
    public static func sentences(in text: String) -> [Range<String.Index>] {
        let tokens = Tokenizer.tokenize(text, lexicon: Lexicon.shared)
        guard !tokens.isEmpty else { return [] }
        var bounds: [Int] = []
        var start = Int(tokens[0].start)
        var end = start
        for (k, t) in tokens.enumerated() {
            if k > 0, tokens[k - 1].sentence != t.sentence {
                bounds.append(start)
                bounds.append(end)
                start = Int(t.start)
            }
            end = Int(t.end)
        }
        bounds.append(start)
        bounds.append(end)
        let idx = ScalarBuffer.indices(in: text, at: bounds)
        return stride(from: 0, to: idx.count, by: 2).map { idx[$0]..<idx[$0 + 1] }
    }
}
