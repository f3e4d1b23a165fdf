import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The XMLParser delegate behind ``FeedParser``: recognises the root, collects one
/// ``ItemDraft`` per RSS `item` / Atom `entry`, and the feed title.
///
/// Example: `<feed xmlns="http://www.w3.org/2005/Atom"><title>ख़बरें</title><entry>…</entry></feed>`
/// gives the feed title "ख़बरें" and one draft.
final class FeedXMLHandler: NSObject, XMLParserDelegate {
    enum Format { case rss, atom }

    static let atom = "http://www.w3.org/2005/Atom"
    static let content = "http://purl.org/rss/1.0/modules/content/"
    static let dublinCore = "http://purl.org/dc/elements/1.1/"
    static let rss1 = "http://purl.org/rss/1.0/"
    static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"

    private struct Capture {
        var field: ItemDraft.Field
        var depth: Int
        var kind: ItemDraft.TextKind
        var text = ""
    }

    private let sourceURL: String?
    private var format: Format?
    private var stack: [String] = []
    private var feedTitle: String?
    private var drafts: [ItemDraft] = []
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

    init(sourceURL: String?) {
        self.sourceURL = sourceURL
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
        let namespace = namespaceURI ?? ""
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
            if depth == itemDepth + 1 {
                startItemChild(&current, name: elementName, namespace: namespace, attributes: attributeDict, depth: depth, format: format)
                draft = current
            }
            return
        }
        let inRSSNamespace = namespace.isEmpty || namespace == Self.rss1
        switch format {
        case .rss where elementName == "item" && inRSSNamespace:
            draft = ItemDraft(index: drafts.count)
            itemDepth = depth
        case .atom where elementName == "entry" && namespace == Self.atom:
            draft = ItemDraft(index: drafts.count)
            itemDepth = depth
        case .rss where elementName == "title" && inRSSNamespace && depth == 2 && stack[1] == "channel":
            capture = Capture(field: .feedTitle, depth: depth, kind: .rssTitle)
        case .atom where elementName == "title" && namespace == Self.atom && depth == 1:
            capture = Capture(field: .feedTitle, depth: depth, kind: ItemDraft.TextKind(atomType: attributeDict["type"]))
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
        // XMLParser on Linux reports a document cut off inside an element (or inside a CDATA
        // section) as "extra content" (5); with elements still open it is the unfinished tag (77).
        if code == 5, !stack.isEmpty { code = 77 }
        errorCode = code
        errorDescription = LibXMLErrorWords.message(code: code, openElement: stack.last)
        errorLine = parser.lineNumber
        errorColumn = parser.columnNumber
    }

    private func startRoot(_ parser: XMLParser, name: String, qualifiedName: String?, namespace: String) {
        if name == "rss" && namespace.isEmpty || name == "RDF" && namespace == Self.rdf {
            format = .rss
        } else if name == "feed" && namespace == Self.atom {
            format = .atom
        } else {
            let shown = qualifiedName ?? name
            let ns = namespace.isEmpty ? "" : " in namespace \(namespace)"
            unsupportedRoot = "unsupported root element <\(shown)>\(ns): expected RSS <rss>, <rdf:RDF> or Atom <feed xmlns=\"\(Self.atom)\">"
            parser.abortParsing()
        }
    }

    private func startItemChild(
        _ item: inout ItemDraft, name: String, namespace: String, attributes: [String: String], depth: Int, format: Format
    ) {
        var field: ItemDraft.Field?
        var kind = ItemDraft.TextKind.plain
        switch (format, namespace, name) {
        case (_, Self.content, "encoded"): (field, kind) = (.contentEncoded, .html)
        case (_, Self.dublinCore, "date"): field = .date("dc:date")
        case (.rss, "", "guid"), (.rss, Self.rss1, "guid"):
            field = .guid
            item.guidIsPermaLink = attributes["isPermaLink"]?.lowercased() != "false"
        case (.rss, "", "link"), (.rss, Self.rss1, "link"): field = .link
        case (.rss, "", "title"), (.rss, Self.rss1, "title"): (field, kind) = (.title, .rssTitle)
        case (.rss, "", "description"), (.rss, Self.rss1, "description"): (field, kind) = (.description, .html)
        case (.rss, "", "pubDate"): field = .date("pubDate")
        case (.rss, "", "category"): field = .category
        case (.atom, Self.atom, "id"): field = .guid
        case (.atom, Self.atom, "title"): (field, kind) = (.title, ItemDraft.TextKind(atomType: attributes["type"]))
        case (.atom, Self.atom, "content") where attributes["src"] == nil:
            (field, kind) = (.content, ItemDraft.TextKind(atomType: attributes["type"]))
        case (.atom, Self.atom, "summary"): (field, kind) = (.summary, ItemDraft.TextKind(atomType: attributes["type"]))
        case (.atom, Self.atom, "published"): field = .date("published")
        case (.atom, Self.atom, "updated"): field = .date("updated")
        case (.atom, Self.atom, "link"):
            let rel = attributes["rel"] ?? "alternate"
            if rel == "alternate", item.link == nil, let href = attributes["href"], !href.isEmpty { item.link = href }
        case (.atom, Self.atom, "category"):
            if let name = attributes["label"] ?? attributes["term"] { item.categories.append(name) }
        default:
            break
        }
        if let field { capture = Capture(field: field, depth: depth, kind: kind) }
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
