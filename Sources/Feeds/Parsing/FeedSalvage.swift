import Foundation

/// Reads the items of a feed document that cannot be read whole, one item at a time, as lenient
/// feed readers do. ``FeedParser`` calls it only after the whole document failed.
///
/// The parts are found by ``FeedOutline``. Each complete item is put on its own into a small
/// well-formed document: the root start tag (and for RSS the `<channel>` start tag) as written,
/// with their line breaks made spaces so they stay on line 1 and the namespaces they declare
/// resolve, then the item's bytes, then the matching end tags. That document is mended
/// (``XMLRepair``) and read (``XMLRead``, ``FeedXMLHandler``) as a whole document is. An item that
/// still fails is a ``RejectedItem`` whose reason names the error and where it is in the original
/// document; so is an item without its end tag. The head before the first item is read the same
/// way for the feed title, which is kept when its element was read whole.
///
/// Example: in
/// ```xml
/// <rss version="2.0"><channel><title>समाचार</title>
/// <item><title>एक</title><pubDate>Mon, 21 Jul 2025 11:00:00 +0530</pubDate></item>
/// <item><title>दो</titel></item>
/// ```
/// the first item is kept (title "एक", source "समाचार"); the second is `RejectedItem(index: 1,
/// identity: nil, reason: "malformed XML: closing tag does not match the open element <title>
/// (libxml2 error 76) at line 3, column 24")`; the document's own error, the same, is its
/// `recoveredFrom`.
enum FeedSalvage {
    /// The feed read item by item; nil when there is no feed root or no complete item that reads
    /// as XML. Its ``ParsedFeed/recoveredFrom`` is `failure` of the feed root's qualified name
    /// (e.g. "rss") and where its start tag is.
    static func salvage(
        _ document: Data, sourceURL: String?, failure: (_ root: String, _ at: TextPosition) -> FeedError
    ) -> ParsedFeed? {
        let bytes = [UInt8](document)
        guard let outline = FeedOutline(bytes), outline.items.contains(where: { $0.end == .complete }) else { return nil }
        var prefix = oneLine(bytes[outline.root.range])
        var suffix = Array("</\(outline.root.name)>".utf8)
        if let channel = outline.channel {
            prefix += oneLine(bytes[channel.range])
            suffix = Array("</\(channel.name)>".utf8) + suffix
        }
        let prefixCharacters = TextPosition.characters(in: prefix[...])
        func read(_ range: Range<Int>, firstIndex: Int) -> (FeedXMLHandler, XMLRead.Failure?) {
            let handler = FeedXMLHandler(sourceURL: sourceURL, firstIndex: firstIndex)
            let made = Data(prefix + bytes[range] + suffix)
            return (handler, XMLRead.run(XMLRepair.prepared(made, prolog: RootSniffer.Prolog(root: .none)), into: handler))
        }
        var cursor = TextPosition.Cursor(bytes)
        let recoveredFrom = failure(outline.root.name, cursor.position(of: outline.root.range.lowerBound))
        func place(_ offset: Int) -> String {
            let position = cursor.position(of: offset)
            return "line \(position.line), column \(position.column)"
        }

        let title = read(outline.head, firstIndex: 0).0.title
        let source = title.flatMap { $0.isEmpty ? nil : $0 } ?? sourceURL.flatMap { URL(string: $0)?.host }
        var items: [FeedItem] = []
        var rejected: [RejectedItem] = []
        var readAny = false
        for (index, item) in outline.items.enumerated() {
            let (handler, itemFailure) = read(item.range, firstIndex: index)
            let name = "<\(item.start.name)>"
            switch item.end {
            case .complete:
                if let itemFailure {
                    let start = cursor.position(of: item.range.lowerBound)
                    let at = TextPosition(line: itemFailure.line, column: itemFailure.column)
                        .mapped(prefixCharacters: prefixCharacters, partStart: start)
                    let reason = "\(itemFailure.message) at line \(at.line), column \(at.column)"
                    rejected.append(RejectedItem(index: index, identity: handler.partialIdentity, reason: reason))
                    continue
                }
                guard let draft = handler.drafts.first else {
                    let reason = "\(name) at \(place(item.range.lowerBound)) was not read as an item of this feed (its namespace?)"
                    rejected.append(RejectedItem(index: index, identity: nil, reason: reason))
                    continue
                }
                readAny = true
                switch draft.finish(source: source, sourceURL: sourceURL) {
                case .accepted(let feedItem): items.append(feedItem)
                case .rejected(let rejection): rejected.append(rejection)
                }
            case .interrupted(let next):
                let nextName = next.kind == .end ? "</\(next.name)>" : "<\(next.name)>"
                let reason = "the \(name) at \(place(item.range.lowerBound)) has no end tag before the \(nextName) at \(place(next.range.lowerBound))"
                rejected.append(RejectedItem(index: index, identity: handler.partialIdentity, reason: reason))
            case .truncated:
                let reason = "the document ends inside this item (its \(name) starts at \(place(item.range.lowerBound)))"
                rejected.append(RejectedItem(index: index, identity: handler.partialIdentity, reason: reason))
            }
        }
        guard readAny else { return nil }
        return ParsedFeed(title: title, items: items, rejected: rejected, recoveredFrom: recoveredFrom)
    }

    /// A tag's bytes with its line breaks and tabs made spaces (the same attributes once read).
    private static func oneLine(_ tag: ArraySlice<UInt8>) -> [UInt8] {
        tag.map { $0 == 0x0A || $0 == 0x0D || $0 == 0x09 ? 0x20 : $0 }
    }
}
