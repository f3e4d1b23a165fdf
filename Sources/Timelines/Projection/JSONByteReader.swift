/// A forward-only reader of JSON text as UTF-8 bytes, for payloads whose shape the caller knows.
/// It builds no intermediate tree: the caller asks for an object, a string, an integer, … in the
/// order they come, and skips what it does not need.
///
/// It reads what `JSONEncoder` and PostgreSQL's `jsonb` output write. Anything else it is unsure
/// about — a fraction or exponent where an integer is asked for, a lone surrogate escape, a
/// control character in a string — throws ``Malformed``, so a caller can fall back to
/// `JSONDecoder` and its precise error.
///
/// For `{"text": "शनिवार", "start": 0}` an object read with a closure sees the keys "text" and
/// "start", reads the string "शनिवार" and the integer 0.
struct JSONByteReader {
    /// The text is not what the caller expected here.
    struct Malformed: Error {
        let position: Int
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    private static let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\")

    /// Reads an object, calling `field` with each key; `field` must read (or skip) the value.
    mutating func object(_ field: (inout JSONByteReader, String) throws -> Void) throws {
        try consume(UInt8(ascii: "{"))
        if try peek() == UInt8(ascii: "}") {
            position += 1
            return
        }
        while true {
            let key = try string()
            try consume(UInt8(ascii: ":"))
            try field(&self, key)
            if try peek() == UInt8(ascii: ",") {
                position += 1
                continue
            }
            try consume(UInt8(ascii: "}"))
            return
        }
    }

    /// Reads an array, calling `element` once per element; `element` must read (or skip) it.
    mutating func array(_ element: (inout JSONByteReader) throws -> Void) throws {
        try consume(UInt8(ascii: "["))
        if try peek() == UInt8(ascii: "]") {
            position += 1
            return
        }
        while true {
            try element(&self)
            if try peek() == UInt8(ascii: ",") {
                position += 1
                continue
            }
            try consume(UInt8(ascii: "]"))
            return
        }
    }

    /// Reads a string, resolving escapes.
    mutating func string() throws -> String {
        try consume(Self.quote)
        let start = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == Self.quote {
                position += 1
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position - 1]), as: UTF8.self)
            }
            if byte == Self.backslash { return try escapedString(from: start) }
            if byte < 0x20 { throw Malformed(position: position) }
            position += 1
        }
        throw Malformed(position: position)
    }

    /// The rest of a string that holds an escape: the bytes before it are copied, escapes resolved.
    private mutating func escapedString(from start: Int) throws -> String {
        var out = Array(UnsafeBufferPointer(rebasing: bytes[start..<position]))
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            switch byte {
            case Self.quote:
                return String(decoding: out, as: UTF8.self)
            case Self.backslash:
                guard position < bytes.count else { throw Malformed(position: position) }
                let escape = bytes[position]
                position += 1
                switch escape {
                case Self.quote, Self.backslash, UInt8(ascii: "/"): out.append(escape)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"): out.append(contentsOf: try unicodeEscape().utf8)
                default: throw Malformed(position: position - 1)
                }
            default:
                if byte < 0x20 { throw Malformed(position: position - 1) }
                out.append(byte)
            }
        }
        throw Malformed(position: position)
    }

    /// The scalar of `\uXXXX` (the `\u` already read), joining a surrogate pair.
    private mutating func unicodeEscape() throws -> String {
        let first = try hexQuad()
        if (0xD800..<0xDC00).contains(first) {
            guard position + 1 < bytes.count, bytes[position] == Self.backslash, bytes[position + 1] == UInt8(ascii: "u") else {
                throw Malformed(position: position)
            }
            position += 2
            let second = try hexQuad()
            guard (0xDC00..<0xE000).contains(second),
                  let scalar = Unicode.Scalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)) else {
                throw Malformed(position: position)
            }
            return String(Character(scalar))
        }
        guard let scalar = Unicode.Scalar(first) else { throw Malformed(position: position) }
        return String(Character(scalar))
    }

    private mutating func hexQuad() throws -> UInt32 {
        guard position + 4 <= bytes.count else { throw Malformed(position: position) }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[position]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw Malformed(position: position)
            }
            value = value << 4 | UInt32(digit)
            position += 1
        }
        return value
    }

    /// Reads an integer written without fraction or exponent.
    mutating func int() throws -> Int {
        skipSpace()
        let negative = position < bytes.count && bytes[position] == UInt8(ascii: "-")
        if negative { position += 1 }
        let start = position
        var value = 0
        while position < bytes.count, bytes[position] >= UInt8(ascii: "0"), bytes[position] <= UInt8(ascii: "9") {
            let (times10, o1) = value.multipliedReportingOverflow(by: 10)
            let (sum, o2) = times10.addingReportingOverflow(Int(bytes[position] - UInt8(ascii: "0")))
            guard !o1, !o2 else { throw Malformed(position: position) }
            value = sum
            position += 1
        }
        guard position > start else { throw Malformed(position: position) }
        if position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"): throw Malformed(position: position)
            default: break
            }
        }
        return negative ? -value : value
    }

    /// Reads `true` or `false`.
    mutating func bool() throws -> Bool {
        if try literal("true") { return true }
        if try literal("false") { return false }
        throw Malformed(position: position)
    }

    /// Skips one value of any kind.
    mutating func skipValue() throws {
        switch try peek() {
        case UInt8(ascii: "{"): try object { reader, _ in try reader.skipValue() }
        case UInt8(ascii: "["): try array { try $0.skipValue() }
        case Self.quote: _ = try string()
        case UInt8(ascii: "t"), UInt8(ascii: "f"): _ = try bool()
        case UInt8(ascii: "n"):
            guard try literal("null") else { throw Malformed(position: position) }
        default:
            let start = position
            while position < bytes.count, "+-.0123456789eE".utf8.contains(bytes[position]) { position += 1 }
            guard position > start else { throw Malformed(position: position) }
        }
    }

    /// Checks that nothing but white space follows.
    mutating func end() throws {
        skipSpace()
        guard position == bytes.count else { throw Malformed(position: position) }
    }

    private mutating func literal(_ word: StaticString) throws -> Bool {
        skipSpace()
        let count = word.utf8CodeUnitCount
        guard position + count <= bytes.count else { return false }
        for offset in 0..<count where bytes[position + offset] != word.utf8Start[offset] { return false }
        position += count
        return true
    }

    private mutating func peek() throws -> UInt8 {
        skipSpace()
        guard position < bytes.count else { throw Malformed(position: position) }
        return bytes[position]
    }

    private mutating func consume(_ byte: UInt8) throws {
        guard try peek() == byte else { throw Malformed(position: position) }
        position += 1
    }

    private mutating func skipSpace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x0A, 0x0D, 0x09: position += 1
            default: return
            }
        }
    }
}
