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
            for target in offsets {
                if target < scalar {
                    scalar = 0
                    byte = 0
                }
                while scalar < target, byte < total {
                    byte += 1
                    while byte < total, b[byte] & 0xC0 == 0x80 { byte += 1 }
                    scalar += 1
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
