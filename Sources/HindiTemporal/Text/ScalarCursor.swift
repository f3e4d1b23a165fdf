/// Walks well-formed UTF-8 one scalar at a time, counting scalars.
struct ScalarCursor {
    let b: UnsafeBufferPointer<UInt8>
    var byte = 0
    var index = 0

    init(_ b: UnsafeBufferPointer<UInt8>) { self.b = b }

    @inline(__always) var atEnd: Bool { byte >= b.count }

    @inline(__always) static func length(_ lead: UInt8) -> Int {
        lead < 0x80 ? 1 : (lead < 0xE0 ? 2 : (lead < 0xF0 ? 3 : 4))
    }

    /// The scalar starting at byte `i` (U+FFFD when cut off).
    @inline(__always) func decode(_ i: Int) -> UInt32 {
        let c0 = UInt32(b[i])
        if c0 < 0x80 { return c0 }
        let len = ScalarCursor.length(b[i])
        guard i + len <= b.count else { return 0xFFFD }
        switch len {
        case 2: return (c0 & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F)
        case 3: return (c0 & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F)
        default:
            return (c0 & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6
                | UInt32(b[i + 3] & 0x3F)
        }
    }

    @inline(__always) var current: UInt32 { decode(byte) }

    /// The scalar after the current one.
    var next: UInt32? {
        let j = byte + ScalarCursor.length(b[byte])
        return j < b.count ? decode(j) : nil
    }

    @inline(__always) mutating func advance() {
        byte += ScalarCursor.length(b[byte])
        index += 1
    }

    /// After the current scalar (a comma) come two or three digits and then no further digit.
    func groupFollows() -> Bool {
        var j = byte + ScalarCursor.length(b[byte])
        var count = 0
        while j < b.count, count < 4 {
            let f = ScalarFolding.fold(decode(j))
            guard f >= 0x30 && f <= 0x39 else { break }
            count += 1
            j += ScalarCursor.length(b[j])
        }
        return count == 2 || count == 3
    }
}
