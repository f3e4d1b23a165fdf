/// DEFLATE (RFC 1951) and its zlib wrapper (RFC 1950), enough to read the pixels of a PNG screenshot:
/// Foundation on Linux has no image or zlib decoder.
enum Inflate {
    enum Failure: Error, CustomStringConvertible {
        case truncated, badHeader(String), badBlockType, badStoredLength, badCode, badDistance, badLengths, badChecksum

        var description: String {
            switch self {
            case .truncated: return "the compressed data ends early"
            case .badHeader(let what): return "zlib header: \(what)"
            case .badBlockType: return "a block has the reserved type 3"
            case .badStoredLength: return "a stored block's length and its complement disagree"
            case .badCode: return "a Huffman code that no symbol has"
            case .badDistance: return "a distance reaching before the start of the output"
            case .badLengths: return "code lengths that form no prefix code"
            case .badChecksum: return "the Adler-32 of the output does not match the stream's"
            }
        }
    }

    /// A zlib stream: header, DEFLATE data, Adler-32 of the output (checked).
    static func zlib(_ data: [UInt8]) throws -> [UInt8] {
        guard data.count >= 6 else { throw Failure.truncated }
        guard data[0] & 0x0F == 8, (UInt16(data[0]) << 8 | UInt16(data[1])) % 31 == 0 else { throw Failure.badHeader("not DEFLATE") }
        guard data[1] & 0x20 == 0 else { throw Failure.badHeader("a preset dictionary") }
        var reader = BitReader(data: data, position: 2)
        let out = try raw(&reader)
        let end = reader.alignedPosition
        guard end + 4 <= data.count else { throw Failure.truncated }
        let stored = data[end..<end + 4].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        guard stored == adler32(out) else { throw Failure.badChecksum }
        return out
    }

    static func adler32(_ bytes: [UInt8]) -> UInt32 {
        var a: UInt32 = 1, b: UInt32 = 0
        for byte in bytes {
            a = (a + UInt32(byte)) % 65521
            b = (b + a) % 65521
        }
        return b << 16 | a
    }

    struct BitReader {
        let data: [UInt8]
        var position: Int
        var buffer: UInt32 = 0
        var count: UInt32 = 0

        init(data: [UInt8], position: Int) {
            self.data = data
            self.position = position
        }

        mutating func bits(_ n: UInt32) throws -> Int {
            while count < n {
                guard position < data.count else { throw Failure.truncated }
                buffer |= UInt32(data[position]) << count
                position += 1
                count += 8
            }
            let value = buffer & ((1 << n) - 1)
            buffer >>= n
            count -= n
            return Int(value)
        }

        /// Drops the bits left of the current byte.
        mutating func align() {
            buffer = 0
            count = 0
        }

        var alignedPosition: Int { position }
    }

    /// A canonical Huffman code, decoded a bit at a time (as in zlib's `puff`).
    struct Huffman {
        var counts = [Int](repeating: 0, count: 16)
        var symbols: [Int]

        init(lengths: [Int]) throws {
            symbols = [Int](repeating: 0, count: lengths.count)
            for length in lengths { counts[length] += 1 }
            var left = 1
            for length in 1..<16 {
                left = left * 2 - counts[length]
                guard left >= 0 else { throw Failure.badLengths }
            }
            var offsets = [Int](repeating: 0, count: 16)
            for length in 1..<15 { offsets[length + 1] = offsets[length] + counts[length] }
            for (symbol, length) in lengths.enumerated() where length != 0 {
                symbols[offsets[length]] = symbol
                offsets[length] += 1
            }
        }

        func decode(_ reader: inout BitReader) throws -> Int {
            var code = 0, first = 0, index = 0
            for length in 1..<16 {
                code |= try reader.bits(1)
                let count = counts[length]
                if code - first < count { return symbols[index + code - first] }
                index += count
                first = (first + count) << 1
                code <<= 1
            }
            throw Failure.badCode
        }
    }

    static let lengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    static let lengthExtra: [UInt32] = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    static let distanceBase = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537,
                               2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577]
    static let distanceExtra: [UInt32] = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]
    static let codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    /// Raw DEFLATE blocks up to and including the last one.
    static func raw(_ reader: inout BitReader) throws -> [UInt8] {
        var out: [UInt8] = []
        var last = false
        while !last {
            last = try reader.bits(1) == 1
            switch try reader.bits(2) {
            case 0: try stored(&reader, into: &out)
            case 1:
                let literals = try Huffman(lengths: fixedLiteralLengths), distances = try Huffman(lengths: fixedDistanceLengths)
                try codes(&reader, literals: literals, distances: distances, into: &out)
            case 2:
                let (literals, distances) = try dynamicCodes(&reader)
                try codes(&reader, literals: literals, distances: distances, into: &out)
            default: throw Failure.badBlockType
            }
        }
        reader.align()
        return out
    }

    private static func stored(_ reader: inout BitReader, into out: inout [UInt8]) throws {
        reader.align()
        let p = reader.position
        guard p + 4 <= reader.data.count else { throw Failure.truncated }
        let length = Int(reader.data[p]) | Int(reader.data[p + 1]) << 8
        let complement = Int(reader.data[p + 2]) | Int(reader.data[p + 3]) << 8
        guard length == ~complement & 0xFFFF else { throw Failure.badStoredLength }
        guard p + 4 + length <= reader.data.count else { throw Failure.truncated }
        out.append(contentsOf: reader.data[(p + 4)..<(p + 4 + length)])
        reader.position = p + 4 + length
    }

    /// The fixed codes of RFC 1951 §3.2.6.
    static let fixedLiteralLengths = [Int](repeating: 8, count: 144) + [Int](repeating: 9, count: 112)
        + [Int](repeating: 7, count: 24) + [Int](repeating: 8, count: 8)
    static let fixedDistanceLengths = [Int](repeating: 5, count: 30)

    private static func dynamicCodes(_ reader: inout BitReader) throws -> (Huffman, Huffman) {
        let literalCount = try reader.bits(5) + 257
        let distanceCount = try reader.bits(5) + 1
        let lengthCodeCount = try reader.bits(4) + 4
        var lengthLengths = [Int](repeating: 0, count: 19)
        for i in 0..<lengthCodeCount { lengthLengths[codeLengthOrder[i]] = try reader.bits(3) }
        let lengthCode = try Huffman(lengths: lengthLengths)
        var lengths: [Int] = []
        while lengths.count < literalCount + distanceCount {
            let symbol = try lengthCode.decode(&reader)
            switch symbol {
            case 0..<16: lengths.append(symbol)
            case 16:
                guard let previous = lengths.last else { throw Failure.badLengths }
                lengths += [Int](repeating: previous, count: 3 + (try reader.bits(2)))
            case 17: lengths += [Int](repeating: 0, count: 3 + (try reader.bits(3)))
            default: lengths += [Int](repeating: 0, count: 11 + (try reader.bits(7)))
            }
        }
        guard lengths.count == literalCount + distanceCount, lengths[256] != 0 else { throw Failure.badLengths }
        return (try Huffman(lengths: Array(lengths[0..<literalCount])), try Huffman(lengths: Array(lengths[literalCount...])))
    }

    private static func codes(_ reader: inout BitReader, literals: Huffman, distances: Huffman, into out: inout [UInt8]) throws {
        while true {
            let symbol = try literals.decode(&reader)
            if symbol < 256 {
                out.append(UInt8(symbol))
                continue
            }
            if symbol == 256 { return }
            let index = symbol - 257
            guard index < lengthBase.count else { throw Failure.badCode }
            let length = lengthBase[index] + (try reader.bits(lengthExtra[index]))
            let distanceSymbol = try distances.decode(&reader)
            guard distanceSymbol < distanceBase.count else { throw Failure.badCode }
            let distance = distanceBase[distanceSymbol] + (try reader.bits(distanceExtra[distanceSymbol]))
            guard distance <= out.count else { throw Failure.badDistance }
            let start = out.count - distance
            for i in 0..<length { out.append(out[start + i]) }
        }
    }
}
