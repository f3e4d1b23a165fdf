/// Conversions between a String and its Unicode scalar offsets, working on the UTF-8 bytes.
enum ScalarBuffer {
    /// String indices for non-decreasing scalar offsets (offsets past the end map to endIndex).
    static func indices(in text: String, at offsets: [Int]) -> [String.Index] {
        let utf8 = text.utf8
        var byteOffsets: [Int] = []
        byteOffsets.reserveCapacity(offsets.count)
        var scalar = 0
        var byte = 0
        let total = utf8.count
        let found: Bool? = utf8.withContiguousStorageIfAvailable { b in
            guard let base = b.baseAddress else {
                byteOffsets = offsets.map { _ in 0 }
                return true
            }
            for target in offsets {
                if target < scalar {
                    scalar = 0
                    byte = 0
                }
                // whole 8-byte words while the target is at least 8 scalars away
                while target - scalar >= 8, byte + 8 <= total {
                    let w = UnsafeRawPointer(base + byte).loadUnaligned(as: UInt64.self)
                    let continuation = w & ~(w << 1) & 0x8080_8080_8080_8080
                    scalar += 8 - continuation.nonzeroBitCount
                    byte += 8
                }
                // `scalar` counts scalar starts before `byte`
                while byte < total {
                    if b[byte] & 0xC0 != 0x80 {
                        if scalar == target { break }
                        scalar += 1
                    }
                    byte += 1
                }
                byteOffsets.append(byte)
            }
            return true
        }
        if found == true {
            return byteOffsets.map { utf8.index(utf8.startIndex, offsetBy: $0) }
        }
        let view = text.unicodeScalars
        return offsets.map { view.index(view.startIndex, offsetBy: min($0, view.count)) }
    }
}
