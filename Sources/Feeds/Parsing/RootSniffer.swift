/// Finds the root element of a markup document without parsing it: skips a BOM, whitespace,
/// `<?…?>`, comments and `<!DOCTYPE …>`, then reads the first element name. The root element
/// decides: a feed that begins with an HTML DOCTYPE (a common template leftover) is still a feed.
///
/// Example: the bytes of `<?xml version="1.0"?><!-- समाचार --><rss version="2.0">` give
/// `.element(name: "rss")`; `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "…"><rss>` gives
/// `.element(name: "rss")` too; `<!DOCTYPE html><html lang="hi">` gives `.html`.
enum RootSniffer {
    enum Root: Equatable {
        /// The first element's name as written (with any prefix), e.g. "rss", "feed", "rdf:RDF".
        case element(name: String)
        /// An HTML page: an `<html>` root, or an HTML DOCTYPE followed by a root that is not a feed
        /// root (or by no root within the scanned prefix).
        case html
        /// The first non-space character is not "<".
        case notMarkup
        /// Nothing but whitespace and markup declarations within the scanned prefix.
        case none
    }

    /// What comes before the root element.
    struct Prolog: Equatable {
        var root: Root
        /// Whether a DOCTYPE internal subset declares entities (`<!ENTITY …>`).
        var declaresEntities = false
        /// Byte range of the `<!DOCTYPE …>` declaration, when there is one.
        var doctype: Range<Int>?
        /// Byte range of an XML declaration that does not start the document (it follows
        /// whitespace or comments), which libxml2 refuses (error 64).
        var misplacedDeclaration: Range<Int>?
    }

    /// Local names of the roots read as feeds: RSS `rss`, RDF `rdf:RDF` (RSS 0.90 and 1.0), Atom `feed`.
    static let feedRoots: Set<String> = ["rss", "RDF", "feed"]

    /// Looks at up to the first 64 KiB of UTF-8 (or ASCII-compatible) bytes.
    static func root(of bytes: some Collection<UInt8>) -> Root {
        prolog(of: bytes).root
    }

    /// The root and what precedes it; byte offsets count from the start of `bytes`.
    static func prolog(of bytes: some Collection<UInt8>) -> Prolog {
        let b = Array(bytes.prefix(65_536))
        var prolog = Prolog(root: .none)
        var htmlDoctype = false
        var i = b.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let start = i
        func finish(_ root: Root) -> Prolog {
            prolog.root = root == .none && htmlDoctype ? .html : root
            return prolog
        }
        while i < b.count {
            let c = b[i]
            if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D { i += 1; continue }
            guard c == UInt8(ascii: "<") else { return finish(.notMarkup) }
            guard i + 1 < b.count else { return finish(.none) }
            let next = b[i + 1]
            if next == UInt8(ascii: "?") {
                guard let end = MarkupScanner.index(of: [UInt8(ascii: "?"), UInt8(ascii: ">")], in: b, from: i + 2) else { return finish(.none) }
                if i > start, b[i...].starts(with: Array("<?xml".utf8)), i + 5 < b.count, MarkupScanner.isSpace(b[i + 5]) {
                    prolog.misplacedDeclaration = i..<(end + 2)
                }
                i = end + 2
            } else if next == UInt8(ascii: "!") {
                if b[i...].starts(with: Array("<!--".utf8)) {
                    guard let end = MarkupScanner.index(of: Array("-->".utf8), in: b, from: i + 4) else { return finish(.none) }
                    i = end + 3
                } else {
                    let word = String(decoding: b[(i + 2)...].prefix(12), as: UTF8.self).lowercased()
                    if word.hasPrefix("doctype html") { htmlDoctype = true }
                    // Skip the declaration, including an internal subset in [ … ].
                    var j = i + 2
                    var inSubset = false
                    while j < b.count, inSubset || b[j] != UInt8(ascii: ">") {
                        if inSubset, b[j] == UInt8(ascii: "<"), b[j...].starts(with: Array("<!--".utf8)) {
                            j = (MarkupScanner.index(of: Array("-->".utf8), in: b, from: j + 4) ?? b.count) + 3
                            continue
                        }
                        if b[j] == UInt8(ascii: "[") { inSubset = true }
                        if b[j] == UInt8(ascii: "]") { inSubset = false }
                        if inSubset, b[j] == UInt8(ascii: "<"), b[j...].starts(with: Array("<!ENTITY".utf8)) { prolog.declaresEntities = true }
                        j += 1
                    }
                    guard j < b.count else { return finish(.none) }
                    if word.hasPrefix("doctype") { prolog.doctype = i..<(j + 1) }
                    i = j + 1
                }
            } else {
                var j = i + 1
                while j < b.count, !isNameEnd(b[j]) { j += 1 }
                let name = String(decoding: b[(i + 1)..<j], as: UTF8.self)
                if name.isEmpty { return finish(.notMarkup) }
                if name.lowercased() == "html" || htmlDoctype && !feedRoots.contains(localName(name)) { return finish(.html) }
                return finish(.element(name: name))
            }
        }
        return finish(.none)
    }

    /// The local part of a qualified name: "RDF" for "rdf:RDF".
    static func localName(_ name: String) -> String {
        name.split(separator: ":").last.map(String.init) ?? name
    }

    private static func isNameEnd(_ c: UInt8) -> Bool {
        MarkupScanner.isSpace(c) || c == UInt8(ascii: ">") || c == UInt8(ascii: "/")
    }
}
