/// A folded word or name used as a lookup key.
///
/// Folded keys are already in one canonical form (see `NameNormalizer`), so they hash and compare
/// by their UTF-8 bytes instead of through `String`'s Unicode-aware (and slower) equality.
struct NameKey: Hashable, Sendable, CustomStringConvertible {
    let string: String

    init(_ string: String) {
        self.string = string
    }

    static func == (lhs: NameKey, rhs: NameKey) -> Bool {
        let left = lhs.string.utf8
        let right = rhs.string.utf8
        guard left.count == right.count else { return false }
        let fast = left.withContiguousStorageIfAvailable { a in
            right.withContiguousStorageIfAvailable { b in a.elementsEqual(b) }
        }
        return (fast ?? nil) ?? left.elementsEqual(right)
    }

    func hash(into hasher: inout Hasher) {
        let done: Void? = string.utf8.withContiguousStorageIfAvailable { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        if done == nil {
            for byte in string.utf8 { hasher.combine(byte) }
        }
    }

    var description: String { string }
    var unicodeScalars: String.UnicodeScalarView { string.unicodeScalars }
}
