/// A 1-based line and column in a UTF-8 document, counted as libxml2 counts them in its errors:
/// lines end at "\n" only, and a column counts characters (Unicode scalars), not bytes.
///
/// Example: in the UTF-8 bytes of `"<rss>\n  <item>क</item>"`, byte offset 8 (the `<` of `<item>`) is
/// `TextPosition(line: 2, column: 3)`, and offset 17 (the `<` of `</item>`, after the three bytes of
/// "क") is `TextPosition(line: 2, column: 10)`.
struct TextPosition: Equatable {
    var line: Int
    var column: Int

    /// The position of the byte at `offset`.
    init(offset: Int, in bytes: [UInt8]) {
        var cursor = Cursor(bytes)
        self = cursor.position(of: offset)
    }

    /// Finds the positions of increasing offsets in one pass over the document (an offset before
    /// the previous one starts again from the beginning), so a one-line document of many items
    /// is not counted again for each.
    struct Cursor {
        private let bytes: [UInt8]
        private var offset = 0
        private var line = 1
        private var column = 1

        init(_ bytes: [UInt8]) {
            self.bytes = bytes
        }

        mutating func position(of target: Int) -> TextPosition {
            if target < offset { self = Cursor(bytes) }
            let end = min(target, bytes.count)
            while offset < end {
                let byte = bytes[offset]
                if byte == 0x0A {
                    line += 1
                    column = 1
                } else if byte & 0xC0 != 0x80 {
                    column += 1
                }
                offset += 1
            }
            return TextPosition(line: line, column: column)
        }
    }

    init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// The number of Unicode scalars in UTF-8 bytes: every byte that does not continue a character.
    static func characters(in bytes: ArraySlice<UInt8>) -> Int {
        bytes.reduce(0) { count, byte in byte & 0xC0 == 0x80 ? count : count + 1 }
    }

    /// Where a position reported inside a document made of `prefixCharacters` characters on one
    /// line followed by a part of another document lies in that other document, the part
    /// beginning at `start`.
    ///
    /// Example: with a 40-character prefix and a part starting at line 12, column 3, line 1,
    /// column 45 of the made document is line 12, column 7; line 2, column 5 is line 13, column 5.
    func mapped(prefixCharacters: Int, partStart start: TextPosition) -> TextPosition {
        if line == 1 {
            return TextPosition(line: start.line, column: start.column + max(0, column - 1 - prefixCharacters))
        }
        return TextPosition(line: start.line + line - 1, column: column)
    }
}
