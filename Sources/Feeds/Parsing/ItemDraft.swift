import Foundation

/// The raw fields of one RSS item or Atom entry as collected from the XML, and the rules that turn
/// them into a ``FeedItem`` or a ``RejectedItem``.
///
/// - Title: `title` (RSS, Atom), else `dc:title`.
/// - Body, the first that gives text: `content:encoded` > `xhtml:body` > Atom `content` (also
///   `atom:content` in RSS) > `description` > Atom `summary` > `dc:description`. Base64 content
///   is decoded when it is text; binary content (an image) gives no text, so the next one is used.
/// - Date, the first present: `pubDate` > `dc:date` > `dcterms:issued` > `published` > `issued`
///   (Atom 0.3) > `dcterms:created` > `created` > `updated` > `modified` > `dcterms:modified`.
/// - Title and body are put in one shape by ``Headline/canonical(title:body:)`` (one-line title;
///   a long title without body becomes the body).
/// - Identity: see ``FeedItem/identity``.
///
/// Example: a draft with `title = "बाढ़ से राहत"`, `description = "<p>असम में <i>पानी</i> उतरा</p>"` and no
/// date finishes as `RejectedItem(index: …, identity: …, reason: "no pubDate/published/updated")`.
struct ItemDraft {
    enum Field: Equatable {
        case feedTitle, guid, link, title, dcTitle, description, dcDescription, contentEncoded, xhtmlBody, content, summary, category
        /// A date element, named as the reason text should name it ("pubDate", "dc:date", …).
        case date(String)
    }

    /// How an element's text is turned into clean text.
    enum TextKind: Equatable {
        case plain, html, xhtml
        /// RSS titles: plain text that may still carry character references.
        case rssTitle
        /// Base64 of text; `html` when that text is HTML (see ``Base64Text``).
        case base64(html: Bool)
        /// Base64 of something that is not text (an image): never article text.
        case binary
    }

    /// What ``finish(source:sourceURL:)`` made of the draft.
    enum Outcome {
        case accepted(FeedItem)
        case rejected(RejectedItem)
    }

    static let dateOrder = [
        "pubDate", "dc:date", "dcterms:issued", "published", "issued", "dcterms:created", "created", "updated", "modified",
        "dcterms:modified",
    ]

    let index: Int
    var guid: String?
    var guidIsPermaLink = true
    var link: String?
    /// RDF `rdf:about` of an RSS 0.90/1.0 item.
    var about: String?
    var title: (text: String, kind: TextKind)?
    var dcTitle: String?
    var description: String?
    var dcDescription: String?
    var contentEncoded: String?
    var xhtmlBody: String?
    var content: (text: String, kind: TextKind)?
    var summary: (text: String, kind: TextKind)?
    var dates: [(field: String, text: String)] = []
    var categories: [String] = []

    init(index: Int) {
        self.index = index
    }

    mutating func set(_ field: Field, text raw: String, kind rawKind: TextKind) {
        let (text, kind) = Self.decoded(raw, kind: rawKind)
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        switch field {
        case .feedTitle: break
        case .guid: if !trimmed.isEmpty { guid = trimmed }
        case .link: if !trimmed.isEmpty, link == nil { link = trimmed }
        case .title: title = (text, kind)
        case .dcTitle: dcTitle = text
        case .description: description = text
        case .dcDescription: dcDescription = text
        case .contentEncoded: contentEncoded = text
        case .xhtmlBody: xhtmlBody = text
        case .content: if kind != .binary || content == nil { content = (text, kind) }
        case .summary: if kind != .binary || summary == nil { summary = (text, kind) }
        case .category: if !trimmed.isEmpty { categories.append(trimmed) }
        case .date(let name): if !trimmed.isEmpty { dates.append((name, trimmed)) }
        }
    }

    /// Base64 text decoded to the kind it holds; binary or undecodable base64 dropped (kept as
    /// `("", .binary)`, never as base64 text).
    static func decoded(_ text: String, kind: TextKind) -> (String, TextKind) {
        switch kind {
        case .base64(let html):
            guard let decoded = Base64Text.decode(text) else { return ("", .binary) }
            return (decoded, html ? .html : .plain)
        case .binary:
            return ("", .binary)
        default:
            return (text, kind)
        }
    }

    static func render(_ text: String, as kind: TextKind) -> String {
        switch kind {
        case .plain: return HTMLText.plain(text)
        case .rssTitle: return HTMLText.decodeReferences(text)
        case .html, .xhtml: return HTMLText.clean(text)
        case .base64, .binary:
            let (decoded, decodedKind) = decoded(text, kind: kind)
            return decodedKind == .binary ? "" : render(decoded, as: decodedKind)
        }
    }

    /// The finished item, or why it was rejected.
    func finish(source: String?, sourceURL: String?) -> Outcome {
        let (titleText, bodyText) = Headline.canonical(
            title: [title, dcTitle.map { ($0, TextKind.rssTitle) }].lazy.compactMap { $0 }
                .map { Self.render($0.text, as: $0.kind) }.first { !$0.isEmpty } ?? "",
            body: bodyCandidates().lazy.map { Self.render($0.text, as: $0.kind) }.first { !$0.isEmpty } ?? ""
        )
        var itemLink = link.map { resolve($0, against: sourceURL) }
        if itemLink == nil, guidIsPermaLink, let guid, guid.hasPrefix("http://") || guid.hasPrefix("https://") {
            itemLink = guid
        }
        let identity = guid ?? itemLink ?? about ?? FeedItem.contentIdentity(title: titleText, text: bodyText)
        if titleText.isEmpty && bodyText.isEmpty {
            return .rejected(RejectedItem(index: index, identity: guid ?? itemLink ?? about, reason: "no title and no text"))
        }
        let order = Self.dateOrder
        guard let chosen = dates.min(by: { (order.firstIndex(of: $0.field) ?? 99) < (order.firstIndex(of: $1.field) ?? 99) }) else {
            return .rejected(RejectedItem(index: index, identity: identity, reason: "no pubDate/published/updated"))
        }
        guard let date = FeedDate.parse(chosen.text) else {
            return .rejected(RejectedItem(index: index, identity: identity, reason: "unparseable \(chosen.field) \"\(chosen.text)\""))
        }
        var tags: [String] = []
        for tag in categories.map(HTMLText.decodeReferences) where !tag.isEmpty && !tags.contains(tag) {
            tags.append(tag)
        }
        return .accepted(FeedItem(
            identity: identity, guid: guid, link: itemLink, title: titleText, text: bodyText, tags: tags,
            published: date.rfc3339, publishedDay: date.day, source: source
        ))
    }

    /// Body sources in order of preference (see the type's documentation).
    private func bodyCandidates() -> [(text: String, kind: TextKind)] {
        var candidates: [(text: String, kind: TextKind)] = []
        if let contentEncoded { candidates.append((contentEncoded, .html)) }
        if let xhtmlBody { candidates.append((xhtmlBody, .xhtml)) }
        if let content { candidates.append(content) }
        if let description { candidates.append((description, .html)) }
        if let summary { candidates.append(summary) }
        if let dcDescription { candidates.append((dcDescription, .html)) }
        return candidates
    }

    private func resolve(_ link: String, against base: String?) -> String {
        guard let base, !link.contains("://"), let baseURL = URL(string: base),
              let resolved = URL(string: link, relativeTo: baseURL)
        else { return link }
        return resolved.absoluteString
    }
}
