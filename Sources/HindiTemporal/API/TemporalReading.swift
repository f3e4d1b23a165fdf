/// What one pass of the temporal extractor reads in a text: its expressions and its sentences
/// (the same sentences as `SentenceSplitter`, found by the same tokenization).
///
/// Example: `TemporalExtractor().read("आज बारिश हुई। कल धूप रहेगी।", published: dct)` has the
/// expressions `आज` and `कल`, and two sentences, `0..<13` and `14..<27`.
public struct TemporalReading: Sendable {
    /// One sentence: its Unicode scalar range and its String range.
    public struct Sentence: Sendable {
        public var scalarRange: Range<Int>
        public var range: Range<String.Index>
    }

    public var expressions: [TemporalExpression]
    /// The sentences, in text order.
    public var sentences: [Sentence]
}
