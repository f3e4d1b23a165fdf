import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The XMLParser delegate behind ``FeedParser``: recognises the root, collects one
/// ``ItemDraft`` per RSS `item` / Atom `entry`, and the feed title.
///
/// Roots: `rss` (RSS 0.91–2.0), `rdf:RDF` (RSS 0.90 and 1.0, whose items are children of the
/// root beside `channel`, not inside it), Atom 1.0 and Atom 0.3 `feed`. Item children are mapped
/// by ``ItemElement``.
///
/// Example: `<feed xmlns="http://www.w3.org/2005/Atom"><title>ख़बरें</title><entry>…</entry></feed>`
/// gives the feed title "ख़बरें" and one draft.
final class FeedXMLHandler: NSObject, XMLParserDelegate {
    enum Format { case rss, atom, atom03 }

    private struct Capture {
        var field: ItemDraft.Field
        var depth: Int
        var kind: ItemDraft.TextKind
        var text = ""
    }

    private let sourceURL: String?
    private let firstIndex: Int
    private var format: Format?
    private var stack: [String] = []
    private var feedTitle: String?
    /// The items read whole, in document order.
    private(set) var drafts: [ItemDraft] = []
    private var draft: ItemDraft?
    private var itemDepth = 0
    private var capture: Capture?
    private(set) var unsupportedRoot: String?
    private(set) var errorDescription: String?
    private(set) var errorCode: Int?
    /// True once the root element has started.
    private(set) var sawRoot = false
    private(set) var errorLine: Int?
    private(set) var errorColumn: Int?

    /// - Parameter firstIndex: the document position of the first item read, for a caller that
    ///   reads a document's items one at a time (``FeedSalvage``).
    init(sourceURL: String?, firstIndex: Int = 0) {
        self.sourceURL = sourceURL
        self.firstIndex = firstIndex
    }

    /// The feed title, once its element has ended (even when the document fails later).
    var title: String? { feedTitle }

    /// The guid, link or `rdf:about` of the item read last, whole or not: for naming an item
    /// whose reading failed (XMLParser on Linux may go on after an error and end the item).
    var partialIdentity: String? {
        (draft ?? drafts.last).flatMap { $0.guid ?? $0.link ?? $0.about }
    }

    func result() -> ParsedFeed {
        let source = feedTitle.flatMap { $0.isEmpty ? nil : $0 } ?? sourceURL.flatMap { URL(string: $0)?.host }
        var items: [FeedItem] = []
        var rejected: [RejectedItem] = []
        for draft in drafts {
            switch draft.finish(source: source, sourceURL: sourceURL) {
            case .accepted(let item): items.append(item)
            case .rejected(let rejection): rejected.append(rejection)
            }
        }
        return ParsedFeed(title: feedTitle, items: items, rejected: rejected)
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
    ) {
        var namespace = namespaceURI ?? ""
        if namespace.isEmpty, let qName, let colon = qName.firstIndex(of: ":") {
            // An undeclared prefix (libxml2 error 201, tolerated): XMLParser gives no namespace.
            let prefix = String(qName[..<colon])
            namespace = FeedNamespace.conventionalPrefixes[prefix] ?? FeedNamespace.undeclared(prefix: prefix)
        }
        let depth = stack.count
        stack.append(elementName)
        if depth == 0 {
            sawRoot = true
            startRoot(parser, name: elementName, qualifiedName: qName, namespace: namespace)
            return
        }
        if capture != nil {
            capture?.text += "<\(elementName)>"
            return
        }
        guard let format else { return }
        if var current = draft {
            if depth == itemDepth + 1,
               let (field, kind) = ItemElement.start(&current, format: format, namespace: namespace, name: elementName, attributes: attributeDict) {
                capture = Capture(field: field, depth: depth, kind: kind)
            }
            draft = current
            return
        }
        switch format {
        case .rss where elementName == "item" && FeedNamespace.rssElements.contains(namespace):
            draft = ItemDraft(index: firstIndex + drafts.count)
            draft?.about = attributeDict.first { $0.key == "about" || $0.key.hasSuffix(":about") }?.value
            itemDepth = depth
        case .atom where elementName == "entry" && namespace == FeedNamespace.atom,
             .atom03 where elementName == "entry" && namespace == FeedNamespace.atom03:
            draft = ItemDraft(index: firstIndex + drafts.count)
            itemDepth = depth
        case .rss where elementName == "title" && FeedNamespace.rssElements.contains(namespace) && depth == 2 && stack[1] == "channel":
            capture = Capture(field: .feedTitle, depth: depth, kind: .rssTitle)
        case .atom where elementName == "title" && namespace == FeedNamespace.atom && depth == 1,
             .atom03 where elementName == "title" && namespace == FeedNamespace.atom03 && depth == 1:
            let kind = AtomTextConstruct.kind(type: attributeDict["type"], mode: attributeDict["mode"], atom03: format == .atom03)
            capture = Capture(field: .feedTitle, depth: depth, kind: kind)
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        stack.removeLast()
        let depth = stack.count
        if let finished = capture {
            if depth == finished.depth {
                capture = nil
                if finished.field == .feedTitle {
                    feedTitle = ItemDraft.render(finished.text, as: finished.kind)
                } else {
                    draft?.set(finished.field, text: finished.text, kind: finished.kind)
                }
            } else {
                capture?.text += "</\(elementName)>"
            }
            return
        }
        if let finished = draft, depth == itemDepth {
            drafts.append(finished)
            draft = nil
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard let kind = capture?.kind else { return }
        capture?.text += kind == .xhtml ? Self.escape(string) : string
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        guard let kind = capture?.kind else { return }
        let string = String(decoding: CDATABlock, as: UTF8.self)
        capture?.text += kind == .xhtml ? Self.escape(string) : string
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        guard errorDescription == nil, unsupportedRoot == nil else { return }
        var code = (parseError as NSError).code
        if LibXMLErrorWords.tolerated.contains(code) { return }
        // XMLParser on Linux reports a document cut off inside an element (or inside a CDATA
        // section) as "extra content" (5); with elements still open it is the unfinished tag (77).
        if code == 5, !stack.isEmpty { code = 77 }
        errorCode = code
        errorDescription = LibXMLErrorWords.message(code: code, openElement: stack.last)
        errorLine = parser.lineNumber
        errorColumn = parser.columnNumber
    }

    private func startRoot(_ parser: XMLParser, name: String, qualifiedName: String?, namespace: String) {
        if name == "rss" && (namespace.isEmpty || FeedNamespace.rss2Defaults.contains(namespace)) || name == "RDF" && namespace == FeedNamespace.rdf {
            format = .rss
        } else if name == "feed" && namespace == FeedNamespace.atom {
            format = .atom
        } else if name == "feed" && namespace == FeedNamespace.atom03 {
            format = .atom03
        } else {
            let shown = qualifiedName ?? name
            let ns = namespace.isEmpty ? "" : " in namespace \(namespace)"
            unsupportedRoot = "unsupported root element <\(shown)>\(ns): expected RSS <rss>, <rdf:RDF> or Atom <feed xmlns=\"\(FeedNamespace.atom)\">"
            parser.abortParsing()
        }
    }

    private static func escape(_ text: String) -> String {
        guard text.contains(where: { $0 == "&" || $0 == "<" || $0 == ">" }) else { return text }
        var escaped = ""
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
