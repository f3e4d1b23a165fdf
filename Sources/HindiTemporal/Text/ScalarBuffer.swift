/// Conversions between a String and its Unicode scalar offsets.
enum ScalarBuffer {
    /// Scalar values of `text`, in order.
    static func values(of text: String) -> [UInt32] {
        var out: [UInt32] = []
        out.reserveCapacity(text.utf8.count)
        for s in text.unicodeScalars { out.append(s.value) }
        return out
    }

    /// String indices for non-decreasing scalar offsets (offsets past the end map to endIndex).
    static func indices(in text: String, at offsets: [Int]) -> [String.Index] {
        var out: [String.Index] = []
        out.reserveCapacity(offsets.count)
        let view = text.unicodeScalars
        var index = view.startIndex
        var position = 0
        for target in offsets {
            if target < position {
                // Offsets are sorted by construction; fall back to a fresh walk if not.
                index = view.startIndex
                position = 0
            }
            while position < target, index < view.endIndex {
                index = view.index(after: index)
                position += 1
            }
            out.append(index)
        }
        return out
    }
}
