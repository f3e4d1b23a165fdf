/// Writes JSON text as UTF-8 bytes, escaping strings as `JSONEncoder` does with
/// `.withoutEscapingSlashes`: `"` and `\` with a backslash, control characters as `\n`, `\t`, … or
/// `\u00XX`, everything else as it is. The caller writes keys in the order it wants them.
///
/// Writing the key `sentence` and the string `पहली "पंक्ति"` inside an object gives
/// `{"sentence":"पहली \"पंक्ति\""}`.
package struct JSONByteWriter {
    package private(set) var bytes: [UInt8] = []
    /// One entry per open object: whether a field has been written in it.
    private var hasFields: [Bool] = []

    package init(capacity: Int = 1024) {
        bytes.reserveCapacity(capacity)
    }

    /// The text written so far.
    package var text: String { String(decoding: bytes, as: UTF8.self) }

    /// `{`, the fields `body` writes with ``field(_:_:)``, `}`.
    package mutating func object(_ body: (inout JSONByteWriter) -> Void) {
        bytes.append(UInt8(ascii: "{"))
        hasFields.append(false)
        body(&self)
        hasFields.removeLast()
        bytes.append(UInt8(ascii: "}"))
    }

    /// `"key":` and the value `value` writes, after a comma when it is not the object's first field.
    package mutating func field(_ key: StaticString, _ value: (inout JSONByteWriter) -> Void) {
        if hasFields[hasFields.count - 1] { bytes.append(UInt8(ascii: ",")) }
        hasFields[hasFields.count - 1] = true
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount))
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
        value(&self)
    }

    /// `[`, one element per item written by `element`, `]`.
    package mutating func array<T>(_ items: [T], _ element: (inout JSONByteWriter, T) -> Void) {
        bytes.append(UInt8(ascii: "["))
        for (index, item) in items.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            element(&self, item)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    package mutating func string(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            // Runs of bytes that need no escape (all of most Devanagari text) are copied whole.
            var run = 0
            for i in 0..<utf8.count {
                let byte = utf8[i]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                if run < i { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<i])) }
                run = i + 1
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): escape(byte)
                case 0x0A: escape(UInt8(ascii: "n"))
                case 0x0D: escape(UInt8(ascii: "r"))
                case 0x09: escape(UInt8(ascii: "t"))
                case 0x08: escape(UInt8(ascii: "b"))
                case 0x0C: escape(UInt8(ascii: "f"))
                default:
                    escape(UInt8(ascii: "u"))
                    bytes.append(UInt8(ascii: "0"))
                    bytes.append(UInt8(ascii: "0"))
                    bytes.append(Self.hexDigit(byte >> 4))
                    bytes.append(Self.hexDigit(byte & 0x0F))
                }
            }
            if run < utf8.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run...])) }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    package mutating func int(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    package mutating func bool(_ value: Bool) {
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    private mutating func escape(_ byte: UInt8) {
        bytes.append(UInt8(ascii: "\\"))
        bytes.append(byte)
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }
}
