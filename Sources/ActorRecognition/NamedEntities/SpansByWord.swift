/// The tagger's names of one text, looked up by word position: which name starts at a word, and
/// whether a word lies inside one. Arrays indexed by position, so the scan asks in constant time
/// without hashing; a position outside the text has no name.
///
/// Example: for `आरोपी रमेश यादव को` with a person span over words 1–2, `start(at: 1)` is that
/// span, `start(at: 2)` is nil, and `covers(2)` is true.
struct SpansByWord {
    private var starts: [EntitySpan?]
    private var inside: [Bool]

    init(_ spans: [EntitySpan], wordCount: Int) {
        starts = Array(repeating: nil, count: wordCount)
        inside = Array(repeating: false, count: wordCount)
        for span in spans where span.tokens.lowerBound >= 0 && span.tokens.upperBound <= wordCount {
            starts[span.tokens.lowerBound] = span
            for word in span.tokens { inside[word] = true }
        }
    }

    /// The name starting at word `position`, if any.
    subscript(position: Int) -> EntitySpan? {
        starts.indices.contains(position) ? starts[position] : nil
    }

    /// Whether word `position` lies inside one of the names.
    func covers(_ position: Int) -> Bool {
        inside.indices.contains(position) && inside[position]
    }
}
