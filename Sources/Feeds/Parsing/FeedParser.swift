import Foundation

/// Parses an RSS (0.90, 0.91–2.0, 1.0/RDF) or Atom (0.3, 1.0) document into ``FeedItem``s.
///
/// Steps: the bytes are decoded to UTF-8 (``FeedEncoding``); the root element is found
/// (``RootSniffer``: an HTML page is named as such, a feed after an HTML DOCTYPE is still a feed);
/// a DOCTYPE that declares entities is refused; prolog mistakes and undeclared HTML entities are
/// mended (``XMLRepair``); XMLParser reads the rest (``FeedXMLHandler``), and libxml2's errors are
/// reported in words with line and column (``LibXMLErrorWords``).
///
/// Salvage: the document is always read whole first. Only when that fails with
/// ``FeedError/Code/malformedXML``, or the root is an HTML page (or another element), are its items
/// read one by one (``FeedSalvage``): each `<item>`/`<entry>` of the first feed root
/// (`<rss>`, `<rdf:RDF>`, an Atom 1.0 or 0.3 `<feed>`) found anywhere in the document, with the
/// root's namespaces. Items that read are returned as usual; a broken item, or one cut off by the
/// end of the document, is a ``RejectedItem`` whose reason says what and where in the original
/// document; the title comes from the part before the first item; and
/// ``ParsedFeed/recoveredFrom`` holds the error that stopped the whole reading. Not salvaged,
/// so the original error is thrown: a document without a feed root (an HTML page stays
/// ``FeedError/Code/htmlPage``), a feed root without one complete item that reads as XML, and
/// every refusal made before reading (size, empty, encoding, entity declarations).
///
/// Example: an RSS channel titled "दैनिक समाचार" whose item has
/// `<title>संसद सत्र शुरू</title>`, `<description><![CDATA[<p>आज से <b>मानसून</b> सत्र।</p>]]></description>`
/// and `<pubDate>Mon, 21 Jul 2025 11:00:00 +0530</pubDate>` gives one item with
/// `text == "आज से मानसून सत्र।"`, `published == "2025-07-21T11:00:00+05:30"`,
/// `source == "दैनिक समाचार"`.
public enum FeedParser {
    /// Documents larger than this many bytes are refused (``FeedError/Code/tooLarge``).
    public static let defaultMaxBytes = 16 * 1024 * 1024

    /// Parses `data`.
    ///
    /// - Parameters:
    ///   - contentTypeCharset: the `charset` of the HTTP Content-Type, which overrides the XML
    ///     declaration (a byte-order mark overrides both).
    ///   - sourceURL: the feed's URL, used for `source` when the feed has no title, to resolve
    ///     relative links, and in error messages.
    ///   - maxBytes: the size limit.
    /// - Throws: ``FeedError`` when the document as a whole cannot be read and no item can be
    ///   salvaged from it. Problems with single items are reported in ``ParsedFeed/rejected`` instead.
    public static func parse(
        _ data: Data, contentTypeCharset: String? = nil, sourceURL: String? = nil, maxBytes: Int = defaultMaxBytes
    ) throws -> ParsedFeed {
        try parse(data, charset: contentTypeCharset, servedAsHTML: false, sourceURL: sourceURL, maxBytes: maxBytes)
    }

    /// Parses `data` given the whole HTTP Content-Type value (e.g. `"application/rss+xml; charset=utf-8"`):
    /// the charset is taken from it, and a `text/html` body that is not a feed is named as such.
    public static func parse(
        _ data: Data, contentType: String?, sourceURL: String? = nil, maxBytes: Int = defaultMaxBytes
    ) throws -> ParsedFeed {
        let mediaType = contentType?.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased()
        return try parse(
            data, charset: contentType.flatMap(FeedEncoding.charset(fromContentType:)),
            servedAsHTML: mediaType == "text/html" || mediaType == "application/xhtml+xml",
            sourceURL: sourceURL, maxBytes: maxBytes
        )
    }

    private static func parse(
        _ data: Data, charset: String?, servedAsHTML: Bool, sourceURL: String?, maxBytes: Int
    ) throws -> ParsedFeed {
        if data.count > maxBytes {
            throw FeedError(code: .tooLarge, message: "document of \(data.count) bytes exceeds the limit of \(maxBytes) bytes", sourceURL: sourceURL)
        }
        let isSpace = { (byte: UInt8) in byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        let afterMark = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data[...]
        if afterMark.allSatisfy(isSpace) {
            // Checked before decoding, so an empty body is empty whatever charset the header names.
            throw FeedError(code: .emptyDocument, message: "empty document (\(data.count) bytes, no markup)", sourceURL: sourceURL)
        }
        let utf8 = try FeedEncoding.utf8Document(data, charset: charset, sourceURL: sourceURL)
        if utf8.allSatisfy(isSpace) {
            throw FeedError(code: .emptyDocument, message: "empty document (\(data.count) bytes, no markup)", sourceURL: sourceURL)
        }
        let prolog = RootSniffer.prolog(of: utf8)
        if prolog.declaresEntities {
            throw FeedError(
                code: .entityDeclarations,
                message: "the DOCTYPE declares entities (<!ENTITY …>), which feeds do not need and are not read",
                sourceURL: sourceURL
            )
        }
        switch prolog.root {
        case .html:
            let served = servedAsHTML ? " (served as text/html)" : ""
            let error = FeedError(code: .htmlPage, message: "an HTML page, not an RSS or Atom feed\(served)", sourceURL: sourceURL)
            return try salvage(utf8, after: error, inside: "an HTML page\(served)", sourceURL: sourceURL)
        case .notMarkup where servedAsHTML:
            let error = FeedError(code: .htmlPage, message: "a text/html response that is not an RSS or Atom feed", sourceURL: sourceURL)
            return try salvage(utf8, after: error, inside: "a text/html response", sourceURL: sourceURL)
        case .element(let name):
            if !RootSniffer.feedRoots.contains(RootSniffer.localName(name)) {
                let error = FeedError(
                    code: .unsupportedRoot,
                    message: "unsupported root element <\(name)>: expected <rss>, <rdf:RDF> or Atom <feed>",
                    line: 1, sourceURL: sourceURL
                )
                return try salvage(utf8, after: error, inside: "the root element <\(name)>", sourceURL: sourceURL)
            }
        case .notMarkup, .none:
            break
        }
        let handler = FeedXMLHandler(sourceURL: sourceURL)
        let failure = XMLRead.run(XMLRepair.prepared(utf8, prolog: prolog), into: handler)
        if let rootError = handler.unsupportedRoot {
            throw FeedError(code: .unsupportedRoot, message: rootError, line: 1, sourceURL: sourceURL)
        }
        if let failure {
            if !handler.sawRoot, prolog.root == .none, failure.code == nil || failure.code == 4 || failure.code == 5 {
                // Only an XML declaration, comments or a DOCTYPE: libxml2 calls this "document empty"
                // (4) or "extra content" (5); it is an empty feed document either way.
                throw FeedError(
                    code: .emptyDocument, message: "empty document (\(data.count) bytes, no root element)", sourceURL: sourceURL
                )
            }
            let error = FeedError(
                code: .malformedXML, message: failure.message, line: failure.line, column: failure.column, sourceURL: sourceURL
            )
            return try salvage(utf8, after: error, inside: nil, sourceURL: sourceURL)
        }
        return handler.result()
    }

    /// The items of a document that failed with `error`, read one by one (``FeedSalvage``); else
    /// `error` is thrown. `inside` names what holds a feed that is not the document's root: the
    /// result then says that, and where the feed starts, instead of `error`.
    private static func salvage(_ utf8: Data, after error: FeedError, inside: String?, sourceURL: String?) throws -> ParsedFeed {
        let salvaged = FeedSalvage.salvage(utf8, sourceURL: sourceURL) { root, at in
            guard let inside else { return error }
            return FeedError(
                code: error.code, message: "the feed is inside \(inside): its <\(root)> starts",
                line: at.line, column: at.column, sourceURL: sourceURL
            )
        }
        guard let salvaged else { throw error }
        return salvaged
    }
}
