import Testing
@testable import Feeds

@Suite struct TextPositionTests {
    @Test func countsLinesAtLineFeedsAndColumnsInCharacters() {
        let bytes = Array("<rss>\n  <item>क</item>".utf8)
        #expect(TextPosition(offset: 0, in: bytes) == TextPosition(line: 1, column: 1))
        #expect(TextPosition(offset: 8, in: bytes) == TextPosition(line: 2, column: 3))
        #expect(TextPosition(offset: 17, in: bytes) == TextPosition(line: 2, column: 10))
    }

    @Test func cursorFindsIncreasingAndEarlierOffsets() {
        let bytes = Array("क\nख ग\n\nघ".utf8)
        var cursor = TextPosition.Cursor(bytes)
        #expect(cursor.position(of: 4) == TextPosition(line: 2, column: 1))
        #expect(cursor.position(of: 8) == TextPosition(line: 2, column: 3))
        #expect(cursor.position(of: 13) == TextPosition(line: 4, column: 1))
        #expect(cursor.position(of: 3) == TextPosition(line: 1, column: 2))
        #expect(cursor.position(of: 99) == TextPosition(line: 4, column: 2))
    }

    @Test func mapsAPositionInAMadeDocumentBack() {
        let start = TextPosition(line: 12, column: 3)
        #expect(TextPosition(line: 1, column: 45).mapped(prefixCharacters: 40, partStart: start) == TextPosition(line: 12, column: 7))
        #expect(TextPosition(line: 2, column: 5).mapped(prefixCharacters: 40, partStart: start) == TextPosition(line: 13, column: 5))
    }
}
