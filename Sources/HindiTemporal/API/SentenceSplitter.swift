/// Splits Hindi text into sentences at danda (।, ॥), "?", "!", newlines and a sentence-final ".".
///
/// `SentenceSplitter.sentences(in: "आज बारिश हुई। कल धूप रहेगी।")` → two ranges:
/// "आज बारिश हुई।" and "कल धूप रहेगी।".
public struct SentenceSplitter {
    /// Ranges of the sentences, in order, each ending with its terminator (line breaks and
    /// whitespace between sentences are left out).
    public static func sentences(in text: String) -> [Range<String.Index>] {
        indices(of: scalarRanges(in: text), in: text)
    }

    /// The sentences with their Unicode scalar ranges too.
    public static func scalarSentences(in text: String) -> [TemporalReading.Sentence] {
        sentences(scalarRanges(in: text), in: text)
    }

    private static func scalarRanges(in text: String) -> [Range<Int>] {
        var bounds = SentenceBounds()
        bounds.read(Tokenizer.tokenize(text, lexicon: Lexicon.shared))
        return bounds.finish()
    }

    /// Sentences of scalar ranges in non-decreasing order, with their String ranges.
    static func sentences(_ ranges: [Range<Int>], in text: String) -> [TemporalReading.Sentence] {
        zip(ranges, indices(of: ranges, in: text)).map { .init(scalarRange: $0, range: $1) }
    }

    /// String ranges of scalar ranges in non-decreasing order.
    static func indices(of ranges: [Range<Int>], in text: String) -> [Range<String.Index>] {
        let idx = ScalarBuffer.indices(in: text, at: ranges.flatMap { [$0.lowerBound, $0.upperBound] })
        return stride(from: 0, to: idx.count, by: 2).map { idx[$0]..<idx[$0 + 1] }
    }
}
