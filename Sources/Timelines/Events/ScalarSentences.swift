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
        var offset = 0
        var cursor = text.startIndex
        for (index, range) in SentenceSplitter.sentences(in: text).enumerated() {
            offset += text.unicodeScalars[cursor..<range.lowerBound].count
            let length = text.unicodeScalars[range].count
            sentences.append(Sentence(index: index, scalarRange: offset..<(offset + length), text: String(text[range])))
            offset += length
            cursor = range.upperBound
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
