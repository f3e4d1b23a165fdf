/// Reads the tags of a markup document one after another without parsing it, for documents that
/// XMLParser refuses: comments, CDATA sections, processing instructions and declarations
/// (`<!DOCTYPE …>`, with any internal subset) are skipped whole; a `>` inside a quoted attribute
/// value does not end a tag; a `<` that begins no name (`a < b`) is text. A tag cut off by a `<`
/// before its `>` (an unescaped `<` in text, an unclosed quote) is skipped, and reading goes on
/// from that `<`. Nothing is checked: a tag that has no matching end tag is still reported.
///
/// Example: the UTF-8 bytes of `<rss version="2.0"><!-- <item> --><channel><title a='>'>x < y</title>`
/// give `start "rss"`, `start "channel"`, `start "title"`, `end "title"`, each with its byte range.
struct MarkupScanner {
    struct Tag: Equatable {
        enum Kind: Equatable { case start, end, empty }
        var kind: Kind
        /// The name as written, with any prefix: "rss", "rdf:RDF", "atom:entry".
        var name: String
        /// The bytes from `<` to `>` inclusive.
        var range: Range<Int>
    }

    let bytes: [UInt8]
    /// Where reading goes on.
    private(set) var position: Int

    init(_ bytes: [UInt8], from start: Int = 0) {
        self.bytes = bytes
        position = start
    }

    /// The next tag, or nil at the end of the document.
    mutating func next() -> Tag? {
        let b = bytes
        while let open = Self.index(of: UInt8(ascii: "<"), in: b, from: position) {
            position = open + 1
            guard open + 1 < b.count else { return nil }
            let next = b[open + 1]
            if next == UInt8(ascii: "!") || next == UInt8(ascii: "?") {
                position = endOfDeclaration(at: open)
                continue
            }
            let isEnd = next == UInt8(ascii: "/")
            let nameStart = isEnd ? open + 2 : open + 1
            guard nameStart < b.count, Self.isNameStart(b[nameStart]) else { continue }
            var nameEnd = nameStart
            while nameEnd < b.count, !Self.isNameEnd(b[nameEnd]) { nameEnd += 1 }
            guard let close = endOfTag(from: nameEnd) else { continue }
            position = close + 1
            let name = String(decoding: b[nameStart..<nameEnd], as: UTF8.self)
            let kind: Tag.Kind = isEnd ? .end : (b[close - 1] == UInt8(ascii: "/") ? .empty : .start)
            return Tag(kind: kind, name: name, range: open..<(close + 1))
        }
        position = b.count
        return nil
    }

    /// The value of attribute `name` in a start tag (quotes removed), nil when the tag does not have it.
    ///
    /// Example: `attribute("xmlns", in: <bytes of <feed xml:lang="hi" xmlns='http://www.w3.org/2005/Atom'>>)`
    /// → `"http://www.w3.org/2005/Atom"`.
    static func attribute(_ name: String, in tag: ArraySlice<UInt8>) -> String? {
        let b = Array(tag)
        let wanted = Array(name.utf8)
        var i = 1
        while i < b.count, !isNameEnd(b[i]) { i += 1 }
        while i < b.count {
            while i < b.count, isSpace(b[i]) || b[i] == UInt8(ascii: "/") || b[i] == UInt8(ascii: ">") { i += 1 }
            let nameStart = i
            while i < b.count, !isSpace(b[i]), b[i] != UInt8(ascii: "="), b[i] != UInt8(ascii: ">") { i += 1 }
            let found = b[nameStart..<i]
            while i < b.count, isSpace(b[i]) { i += 1 }
            guard i < b.count, b[i] == UInt8(ascii: "=") else {
                if i == nameStart { i += 1 }
                continue
            }
            i += 1
            while i < b.count, isSpace(b[i]) { i += 1 }
            guard i < b.count else { return nil }
            var valueStart = i, valueEnd: Int
            if b[i] == UInt8(ascii: "\"") || b[i] == UInt8(ascii: "'") {
                valueStart = i + 1
                valueEnd = index(of: b[i], in: b, from: valueStart) ?? b.count
                i = valueEnd + 1
            } else {
                while i < b.count, !isSpace(b[i]), b[i] != UInt8(ascii: ">") { i += 1 }
                valueEnd = i
            }
            if found.elementsEqual(wanted) { return String(decoding: b[valueStart..<valueEnd], as: UTF8.self) }
        }
        return nil
    }

    /// The index of the `>` that ends the tag whose name ends at `start`, skipping quoted values;
    /// nil when a `<` or the end of the document comes first.
    private func endOfTag(from start: Int) -> Int? {
        let b = bytes
        var i = start
        var quote: UInt8?
        while i < b.count {
            let c = b[i]
            if c == UInt8(ascii: "<") { return nil }
            if let open = quote {
                if c == open { quote = nil }
            } else if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") {
                quote = c
            } else if c == UInt8(ascii: ">") {
                return i
            }
            i += 1
        }
        return nil
    }

    /// The index after the comment, CDATA section, processing instruction or declaration at `start`.
    private func endOfDeclaration(at start: Int) -> Int {
        let b = bytes
        for (open, close) in [("<!--", "-->"), ("<![CDATA[", "]]>"), ("<?", "?>")] where b[start...].starts(with: open.utf8) {
            return Self.index(of: Array(close.utf8), in: b, from: start + open.utf8.count).map { $0 + close.utf8.count } ?? b.count
        }
        // <!DOCTYPE …> and other declarations, with an internal subset in [ … ].
        var i = start + 2
        var inSubset = false
        while i < b.count {
            if inSubset, b[i...].starts(with: "<!--".utf8) {
                i = (Self.index(of: Array("-->".utf8), in: b, from: i + 4) ?? b.count) + 3
                continue
            }
            switch b[i] {
            case UInt8(ascii: "["): inSubset = true
            case UInt8(ascii: "]"): inSubset = false
            case UInt8(ascii: ">") where !inSubset: return i + 1
            default: break
            }
            i += 1
        }
        return b.count
    }

    static func index(of byte: UInt8, in b: [UInt8], from start: Int) -> Int? {
        var i = start
        while i < b.count {
            if b[i] == byte { return i }
            i += 1
        }
        return nil
    }

    static func index(of needle: [UInt8], in b: [UInt8], from start: Int) -> Int? {
        var i = start
        while let first = index(of: needle[0], in: b, from: i) {
            if b[first...].starts(with: needle) { return first }
            i = first + 1
        }
        return nil
    }

    /// A letter, `_`, `:` or any byte of a non-ASCII character.
    static func isNameStart(_ c: UInt8) -> Bool {
        (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == UInt8(ascii: "_") || c == UInt8(ascii: ":") || c >= 0x80
    }

    static func isNameEnd(_ c: UInt8) -> Bool {
        isSpace(c) || c == UInt8(ascii: ">") || c == UInt8(ascii: "/") || c == UInt8(ascii: "<")
    }

    static func isSpace(_ c: UInt8) -> Bool {
        c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D
    }
}
