/// Fixed-width numbers as `bytea` (big-endian, hex text form), the compact form the event tables
/// keep sentence sketches (32-bit keys) and fingerprints (64-bit slots) in:
/// `ByteaHex.text([1, 258] as [UInt32])` is `\x0000000100000102`.
enum ByteaHex {
    private static let digits = Array("0123456789abcdef".utf8)

    /// The `bytea` text input for `values`: `\x` and two hex digits per byte.
    static func text<T: FixedWidthInteger & UnsignedInteger>(_ values: [T]) -> String {
        let nibbles = T.bitWidth / 4
        var out: [UInt8] = [UInt8(ascii: "\\"), UInt8(ascii: "x")]
        out.reserveCapacity(2 + values.count * nibbles)
        for value in values {
            for index in stride(from: nibbles - 1, through: 0, by: -1) {
                out.append(digits[Int(truncatingIfNeeded: (value >> (index * 4)) & 0xF)])
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The values back from `encode(column, 'hex')` (or `\x…`); a malformed tail is ignored.
    static func values<T: FixedWidthInteger & UnsignedInteger>(_ hex: String, as type: T.Type = T.self) -> [T] {
        let nibbles = T.bitWidth / 4
        var values: [T] = [], value: T = 0, count = 0
        for byte in hex.utf8 {
            let nibble: T
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): nibble = T(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): nibble = T(byte - UInt8(ascii: "a") + 10)
            default: continue
            }
            value = value << 4 | nibble
            count += 1
            if count == nibbles {
                values.append(value)
                value = 0
                count = 0
            }
        }
        return values
    }
}
