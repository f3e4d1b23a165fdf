import HindiEvents

/// A MinHash signature of an article's text, for finding reprints without comparing the article
/// with every other one: the text's folded words are cut into overlapping four-word shingles,
/// each shingle hashed once and kept in one of 64 slots by its top bits if it is the smallest
/// there (one-permutation MinHash). Two texts agree in a slot about as often as their shingle sets
/// overlap (Jaccard), so a headline changed, a trailer added or a paragraph dropped keeps most
/// slots, and nukta or spacing differences none at all.
///
/// Equal slots are looked up through `bandKeys`: 16 bands of 4 slots, each hashed to one number,
/// so two texts that share a band are candidates, found by index, in time linear in the text.
public struct ArticleFingerprint: Sendable, Equatable {
    public static let slotCount = 64
    public static let bandCount = 16
    static let shingleWords = 4
    /// The value of a slot no shingle fell into.
    static let empty = UInt32.max

    /// Per slot, the low 32 bits of the smallest shingle hash that fell into it (enough to tell
    /// equal from different: two different shingles agree by chance once in four billion).
    public let slots: [UInt32]

    public init(slots: [UInt32]) {
        precondition(slots.count == Self.slotCount, "a fingerprint has \(Self.slotCount) slots")
        self.slots = slots
    }

    /// The fingerprint of `text`, e.g. `ArticleFingerprint(text: "मोदी ने सोमवार को …")`.
    public init(text: String) {
        let words = FoldedWords.keys(text)
        var smallest = [UInt64](repeating: .max, count: Self.slotCount)
        func keep(_ hash: UInt64) {
            let slot = Int(hash >> 58), value = hash & 0x03FF_FFFF_FFFF_FFFF
            if value < smallest[slot] { smallest[slot] = value }
        }
        if words.count < Self.shingleWords {
            if !words.isEmpty { keep(words.reduce(0x9E37_79B9_7F4A_7C15) { Mixing.mix($0 ^ $1) }) }
        } else {
            for start in 0...(words.count - Self.shingleWords) {
                var hash: UInt64 = 0x9E37_79B9_7F4A_7C15
                for word in words[start..<(start + Self.shingleWords)] { hash = Mixing.mix(hash ^ word) }
                keep(hash)
            }
        }
        self.slots = smallest.map { $0 == .max ? Self.empty : UInt32(truncatingIfNeeded: $0) & 0x7FFF_FFFF }
    }

    /// The share of slots in which both texts have the same shingle: an estimate of the Jaccard
    /// similarity of their shingle sets (1 for equal texts, near 0 for unrelated ones).
    public func similarity(to other: ArticleFingerprint) -> Double {
        var same = 0, used = 0
        for (a, b) in zip(slots, other.slots) where a != Self.empty || b != Self.empty {
            used += 1
            if a == b { same += 1 }
        }
        return used == 0 ? 0 : Double(same) / Double(used)
    }

    /// One key per band of four slots that holds a shingle, as signed 64-bit numbers (a `bigint`
    /// column). A band no shingle fell into gets none: a short text fills few slots, and empty
    /// bands alike would make every short text a candidate of every other.
    public var bandKeys: [Int64] {
        let rows = Self.slotCount / Self.bandCount
        return (0..<Self.bandCount).compactMap { band -> Int64? in
            guard slots[(band * rows)..<((band + 1) * rows)].contains(where: { $0 != Self.empty }) else { return nil }
            var hash = Mixing.mix(UInt64(band) &+ 0x5851_F42D_4C95_7F2D)
            for slot in slots[(band * rows)..<((band + 1) * rows)] { hash = Mixing.mix(hash ^ UInt64(slot)) }
            return Int64(bitPattern: hash)
        }
    }
}
