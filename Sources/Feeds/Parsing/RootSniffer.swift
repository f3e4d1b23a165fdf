/// Finds the root element of a markup document without parsing it: skips a BOM, whitespace,
/// `<?…?>`, comments and `<!DOCTYPE …>`, then reads the first element name.
///
/// Example: the bytes of `<?xml version="1.0"?><!-- समाचार --><rss version="2.0">` give
/// `.element(name: "rss")`; `<!DOCTYPE html><html lang="hi">` gives `.html`.
enum RootSniffer {
    enum Root: Equatable {
        /// The first element's name as written (with any prefix), e.g. "rss", "feed", "rdf:RDF".
        case element(name: String)
        /// An HTML page: `<!DOCTYPE html>` or an `<html>` root.
        case html
        /// The first non-space character is not "<".
        case notMarkup
        /// Nothing but whitespace and markup declarations within the scanned prefix.
        case none
    }

    /// Looks at up to the first 64 KiB of UTF-8 (or ASCII-compatible) bytes.
    static func root(of bytes: some Collection<UInt8>) -> Root {
        prolog(of: bytes).root
    }

    /// The root, and whether a DOCTYPE internal subset declares entities (`<!ENTITY …>`).
    static func prolog(of bytes: some Collection<UInt8>) -> (root: Root, declaresEntities: Bool) {
        let b = Array(bytes.prefix(65_536))
        var declaresEntities = false
        var i = b.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while i < b.count {
            let c = b[i]
            if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D { i += 1; continue }
            guard c == UInt8(ascii: "<") else { return (.notMarkup, declaresEntities) }
            guard i + 1 < b.count else { return (.none, declaresEntities) }
            let next = b[i + 1]
            if next == UInt8(ascii: "?") {
                guard let end = find([UInt8(ascii: "?"), UInt8(ascii: ">")], in: b, from: i + 2) else { return (.none, declaresEntities) }
                i = end + 2
            } else if next == UInt8(ascii: "!") {
                if b[i...].starts(with: Array("<!--".utf8)) {
                    guard let end = find(Array("-->".utf8), in: b, from: i + 4) else { return (.none, declaresEntities) }
                    i = end + 3
                } else {
                    let word = String(decoding: b[(i + 2)...].prefix(12), as: UTF8.self).lowercased()
                    if word.hasPrefix("doctype html") { return (.html, declaresEntities) }
                    // Skip the declaration, including an internal subset in [ … ].
                    var j = i + 2
                    var inSubset = false
                    while j < b.count, inSubset || b[j] != UInt8(ascii: ">") {
                        if inSubset, b[j] == UInt8(ascii: "<"), b[j...].starts(with: Array("<!--".utf8)) {
                            j = (find(Array("-->".utf8), in: b, from: j + 4) ?? b.count) + 3
                            continue
                        }
                        if b[j] == UInt8(ascii: "[") { inSubset = true }
                        if b[j] == UInt8(ascii: "]") { inSubset = false }
                        if inSubset, b[j] == UInt8(ascii: "<"), b[j...].starts(with: Array("<!ENTITY".utf8)) { declaresEntities = true }
                        j += 1
                    }
                    guard j < b.count else { return (.none, declaresEntities) }
                    i = j + 1
                }
            } else {
                var j = i + 1
                while j < b.count, !isNameEnd(b[j]) { j += 1 }
                let name = String(decoding: b[(i + 1)..<j], as: UTF8.self)
                if name.lowercased() == "html" { return (.html, declaresEntities) }
                return (name.isEmpty ? .notMarkup : .element(name: name), declaresEntities)
            }
        }
        return (.none, declaresEntities)
    }

    /// The local part of a qualified name: "RDF" for "rdf:RDF".
    static func localName(_ name: String) -> String {
        name.split(separator: ":").last.map(String.init) ?? name
    }

    private static func isNameEnd(_ c: UInt8) -> Bool {
        c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == UInt8(ascii: ">") || c == UInt8(ascii: "/")
    }

    private static func find(_ needle: [UInt8], in b: [UInt8], from start: Int) -> Int? {
        guard needle.count > 0, start <= b.count - needle.count else { return nil }
        var k = start
        while k <= b.count - needle.count {
            if b[k] == needle[0], b[k...].starts(with: needle) { return k }
            k += 1
        }
        return nil
    }
}
