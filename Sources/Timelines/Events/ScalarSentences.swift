import HindiTemporal

/// The sentences of a text with their Unicode scalar ranges, for placing expressions and
/// mentions (which carry scalar offsets) in their sentence. A sentence's text is made only when
/// asked for (`text(of:)`): most sentences of an article hold no dated entry.
struct ScalarSentences {
    struct Sentence {
        var index: Int
        var scalarRange: Range<Int>
        var range: Range<String.Index>
    }

    private let text: String
    private(set) var sentences: [Sentence] = []

    init(text: String) {
        self.init(text: text, sentences: SentenceSplitter.scalarSentences(in: text))
    }

    /// The sentences the temporal extractor read in `text`.
    init(text: String, sentences: [TemporalReading.Sentence]) {
        self.text = text
        self.sentences = sentences.enumerated().map { index, sentence in
            Sentence(index: index, scalarRange: sentence.scalarRange, range: sentence.range)
        }
    }

    /// The words of `sentence`, as written.
    func text(of sentence: Sentence) -> String {
        String(text[sentence.range])
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
