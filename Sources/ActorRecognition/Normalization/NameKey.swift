/// A folded word or name used as a lookup key.
///
/// Folded keys are already in one canonical form (see `NameNormalizer`), so they hash and compare
/// by their UTF-8 bytes instead of through `String`'s Unicode-aware (and slower) equality. The
/// 64-bit FNV-1a hash of those bytes is computed once, when the key is made: dictionaries hash it
/// instead of the bytes, equality rejects most unequal keys on it, and the tagger's word feature
/// is that same hash (`FeatureHash.of`).
///
/// Example: `NameKey("यादव").fnv == FeatureHash.of("यादव")`.
struct NameKey: Hashable, Sendable, CustomStringConvertible {
    let string: String
    /// FNV-1a of the UTF-8 bytes of `string`.
    let fnv: UInt64

    init(_ string: String) {
        self.string = string
        self.fnv = FeatureHash.of(string)
    }

    /// A key from folded UTF-8 bytes whose hash the caller already computed with `FeatureHash`.
    init(utf8 bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) {
        self.string = String(decoding: bytes, as: UTF8.self)
        self.fnv = hash
    }

    static func == (lhs: NameKey, rhs: NameKey) -> Bool {
        guard lhs.fnv == rhs.fnv else { return false }
        let left = lhs.string.utf8
        let right = rhs.string.utf8
        guard left.count == right.count else { return false }
        let fast = left.withContiguousStorageIfAvailable { a in
            right.withContiguousStorageIfAvailable { b in a.elementsEqual(b) }
        }
        return (fast ?? nil) ?? left.elementsEqual(right)
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(fnv)
    }

    var description: String { string }
    var unicodeScalars: String.UnicodeScalarView { string.unicodeScalars }
}
