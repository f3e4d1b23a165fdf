import HindiEvents

/// The content words of a sentence as a sorted set of 32-bit keys, to say how alike two
/// sentences are (Jaccard similarity) without keeping or comparing their text.
///
/// `"मोदी ने सोमवार को बाइडेन से मुलाकात की"` and `"सोमवार को मोदी और बाइडेन की मुलाकात हुई"`
/// share मोदी, सोमवार, बाइडेन and मुलाकात: similarity 4/4 = 1 (postpositions and light verbs
/// are not content words).
public struct SentenceSketch: Sendable, Equatable {
    public let keys: [UInt32]

    public init(keys: some Sequence<UInt32>) {
        self.keys = Array(Set(keys)).sorted()
    }

    public init(sentence: String) {
        self.init(keys: FoldedWords.contentKeys(sentence).map { UInt32(truncatingIfNeeded: Mixing.mix($0)) })
    }

    /// Shared keys over all keys of the two (0 when both are empty).
    public func similarity(to other: SentenceSketch) -> Double {
        var i = 0, j = 0, shared = 0
        let a = keys, b = other.keys
        while i < a.count && j < b.count {
            if a[i] == b[j] { shared += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        let union = a.count + b.count - shared
        return union == 0 ? 0 : Double(shared) / Double(union)
    }
}
