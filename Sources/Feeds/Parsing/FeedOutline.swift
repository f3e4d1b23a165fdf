/// Where the parts of a feed lie in a document that XMLParser refuses, found with
/// ``MarkupScanner``: the feed root's start tag (the first `<rss>`, `<…:RDF>`, or `<feed>` /
/// `<prefix:feed>` declaring the Atom 1.0 or 0.3 namespace, wherever it is, e.g. inside an HTML
/// page), for RSS the `<channel>` start tag, the head (what comes before the first item), and each
/// item: an `item` element (RSS in or beside `channel`, RDF beside it) or an Atom `entry`, up to
/// the end tag of the root. Items do not nest: an item's end is its first end tag.
///
/// Example: in
/// ```xml
/// <rss version="2.0"><channel><title>समाचार</title>
/// <item><title>एक</title></item>
/// <item><title>दो</title>
/// </channel>
/// ```
/// the root is `<rss version="2.0">`, the channel `<channel>`, the head `<title>समाचार</title>\n`,
/// item 0 ends with its end tag (`.complete`) and item 1 at `</channel>` (`.interrupted`).
struct FeedOutline {
    enum Format: Equatable { case rss, rdf, atom }

    struct Item: Equatable {
        enum End: Equatable {
            /// The item's end tag (or the item is an empty-element tag `<item/>`); the range ends after it.
            case complete
            /// Another item starts, or the channel or root ends, before the item's end tag.
            case interrupted(by: MarkupScanner.Tag)
            /// The document ends inside the item.
            case truncated
        }

        var start: MarkupScanner.Tag
        var end: End
        /// From the item's `<` to after its end tag, or to where it was interrupted or the document ends.
        var range: Range<Int>
    }

    var format: Format
    /// The feed root's start tag, e.g. `<rss version="2.0" xmlns:dc="…">`.
    var root: MarkupScanner.Tag
    /// RSS: the `<channel>` start tag before the first item, when there is one.
    var channel: MarkupScanner.Tag?
    /// What lies between the root (or channel) start tag and the first item (or the root's end).
    var head: Range<Int>
    var items: [Item]

    /// The outline of the feed in `bytes`, nil when no feed root start tag is found.
    init?(_ bytes: [UInt8]) {
        guard let (root, format) = Self.feedRoot(in: bytes) else { return nil }
        self.root = root
        self.format = format
        guard root.kind == .start else {
            (channel, items, head) = (nil, [], root.range.upperBound..<root.range.upperBound)
            return
        }
        let itemName = format == .atom ? Self.prefixed("entry", like: root.name) : "item"
        var scanner = MarkupScanner(bytes, from: root.range.upperBound)
        var items: [Item] = []
        var channel: MarkupScanner.Tag?
        var open: MarkupScanner.Tag?
        var end = bytes.count
        func interrupt(by tag: MarkupScanner.Tag) {
            if let start = open { items.append(Item(start: start, end: .interrupted(by: tag), range: start.range.lowerBound..<tag.range.lowerBound)) }
            open = nil
        }
        scanning: while let tag = scanner.next() {
            if tag.name == itemName {
                switch tag.kind {
                case .start:
                    interrupt(by: tag)
                    open = tag
                case .empty:
                    interrupt(by: tag)
                    items.append(Item(start: tag, end: .complete, range: tag.range))
                case .end:
                    if let start = open { items.append(Item(start: start, end: .complete, range: start.range.lowerBound..<tag.range.upperBound)) }
                    open = nil
                }
            } else if tag.kind == .end, tag.name == root.name || format == .rss && tag.name == "channel" {
                interrupt(by: tag)
                if tag.name == root.name {
                    end = tag.range.lowerBound
                    break scanning
                }
            } else if format == .rss, channel == nil, items.isEmpty, open == nil, tag.kind == .start, tag.name == "channel" {
                channel = tag
            }
        }
        if let start = open { items.append(Item(start: start, end: .truncated, range: start.range.lowerBound..<bytes.count)) }
        let headStart = (channel ?? root).range.upperBound
        self.items = items
        self.channel = channel
        head = headStart..<max(headStart, items.first?.range.lowerBound ?? end)
    }

    /// Whether `bytes` hold a feed root start tag anywhere (see the type's documentation).
    static func containsFeedRoot(_ bytes: [UInt8]) -> Bool {
        feedRoot(in: bytes) != nil
    }

    /// The first feed root start tag (or empty-element tag) and its format.
    private static func feedRoot(in bytes: [UInt8]) -> (MarkupScanner.Tag, Format)? {
        var scanner = MarkupScanner(bytes)
        while let tag = scanner.next() {
            guard tag.kind != .end else { continue }
            switch RootSniffer.localName(tag.name) {
            case "rss" where tag.name == "rss":
                return (tag, .rss)
            case "RDF" where tag.name != "RDF":
                return (tag, .rdf)
            case "feed":
                let declaration = tag.name == "feed" ? "xmlns" : "xmlns:" + tag.name.prefix { $0 != ":" }
                let namespace = MarkupScanner.attribute(declaration, in: bytes[tag.range])
                if namespace == FeedNamespace.atom || namespace == FeedNamespace.atom03 { return (tag, .atom) }
            default:
                break
            }
        }
        return nil
    }

    /// `name` with the prefix of `qualified`: "atom:entry" for "atom:feed", "entry" for "feed".
    private static func prefixed(_ name: String, like qualified: String) -> String {
        guard let colon = qualified.firstIndex(of: ":") else { return name }
        return qualified[...colon] + name
    }
}
