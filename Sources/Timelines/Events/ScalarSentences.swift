import HindiTemporal

/// The sentences of a text with their Unicode scalar ranges, for placing expressions and
/// mentions (which carry scalar offsets) in their sentence.
struct ScalarSentences {
    struct Sentence {
        var index: Int
        var scalarRange: Range<Int>
        var text: String
    }

    private(set) var sentences: [Sentence] = []

    init(text: String) {
        self.init(text: text, sentences: SentenceSplitter.scalarSentences(in: text))
    }

    /// The sentences the temporal extractor read in `text`.
    init(text: String, sentences: [TemporalReading.Sentence]) {
        self.sentences = sentences.enumerated().map { index, sentence in
            Sentence(index: index, scalarRange: sentence.scalarRange, text: String(text[sentence.range]))
        }
    }

    /// The sentence whose range holds `scalarOffset` (binary search).
    func sentence(containing scalarOffset: Int) -> Sentence? {
        var low = 0, high = sentences.count
        while low < high {
            let mid = (low + high) / 2
            if sentences[mid].scalarRange.upperBound <= scalarOffset { low = mid + 1 } else { high = mid }
        }
        guard low < sentences.count, sentences[low].scalarRange.contains(scalarOffset) else { return nil }
        return sentences[low]
    }
}
