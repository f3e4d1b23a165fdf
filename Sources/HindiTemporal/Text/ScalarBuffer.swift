/// Conversions between a String and its Unicode scalar offsets, working on the UTF-8 bytes.
enum ScalarBuffer {
    /// Scalar values of `text`, in order.
    static func values(of text: String) -> [UInt32] {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { decode($0) } ?? text.unicodeScalars.map(\.value)
    }

    /// Decodes well-formed UTF-8 (a Swift String's storage).
    static func decode(_ b: UnsafeBufferPointer<UInt8>) -> [UInt32] {
        var out = [UInt32](repeating: 0, count: b.count)
        var n = 0
        var i = 0
        let count = b.count
        out.withUnsafeMutableBufferPointer { o in
            while i < count {
                let c0 = UInt32(b[i])
                if c0 < 0x80 {
                    o[n] = c0
                    i += 1
                } else if c0 < 0xE0, i + 1 < count {
                    o[n] = (c0 & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F)
                    i += 2
                } else if c0 < 0xF0, i + 2 < count {
                    o[n] = (c0 & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F)
                    i += 3
                } else if i + 3 < count {
                    o[n] = (c0 & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6
                        | UInt32(b[i + 3] & 0x3F)
                    i += 4
                } else {
                    o[n] = 0xFFFD
                    i = count
                }
                n += 1
            }
        }
        out.removeLast(out.count - n)
        return out
    }

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
