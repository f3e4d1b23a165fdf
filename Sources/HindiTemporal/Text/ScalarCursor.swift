/// Walks well-formed UTF-8 one scalar at a time, counting scalars; each scalar is decoded once.
struct ScalarCursor {
    let b: UnsafeBufferPointer<UInt8>
    var byte = 0
    var index = 0
    /// The scalar at `byte` and its length in bytes (0 at the end).
    private(set) var current: UInt32 = 0
    private var length = 0

    init(_ b: UnsafeBufferPointer<UInt8>) {
        self.b = b
        load()
    }

    @inline(__always) var atEnd: Bool { byte >= b.count }

    @inline(__always) static func length(_ lead: UInt8) -> Int {
        lead < 0x80 ? 1 : (lead < 0xE0 ? 2 : (lead < 0xF0 ? 3 : 4))
    }

    /// The scalar starting at byte `i` and its length (U+FFFD when cut off).
    @inline(__always) func decode(_ i: Int) -> (UInt32, Int) {
        let c0 = UInt32(b[i])
        if c0 < 0x80 { return (c0, 1) }
        let len = ScalarCursor.length(b[i])
        guard i + len <= b.count else { return (0xFFFD, b.count - i) }
        switch len {
        case 2: return ((c0 & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F), 2)
        case 3: return ((c0 & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F), 3)
        default:
            return ((c0 & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6
                | UInt32(b[i + 3] & 0x3F), 4)
        }
    }

    @inline(__always) private mutating func load() {
        if byte < b.count {
            (current, length) = decode(byte)
        } else {
            current = 0
            length = 0
        }
    }

    /// The scalar after the current one.
    var next: UInt32? {
        let j = byte + length
        return j < b.count ? decode(j).0 : nil
    }

    @inline(__always) mutating func advance() {
        byte += length
        index += 1
        load()
    }

    /// After the current scalar (a comma) come two or three digits and then no further digit.
    func groupFollows() -> Bool {
        var j = byte + length
        var count = 0
        while j < b.count, count < 4 {
            let (v, len) = decode(j)
            let f = ScalarFolding.fold(v)
            guard f >= 0x30 && f <= 0x39 else { break }
            count += 1
            j += len
        }
        return count == 2 || count == 3
    }

    /// A digit comes after the current scalar, past at most two spaces or dashes: "नवं. 2016",
    /// "अक्टू. 2", "सित-23".
    func digitFollows() -> Bool {
        var j = byte + length
        var skipped = 0
        while j < b.count, skipped <= 2 {
            let (v, len) = decode(j)
            let f = ScalarFolding.fold(v)
            if f >= 0x30 && f <= 0x39 { return true }
            guard v == 0x20 || v == 0x2D else { return false }
            skipped += 1
            j += len
        }
        return false
    }
}
