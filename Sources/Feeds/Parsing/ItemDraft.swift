import Foundation

/// The raw fields of one RSS item or Atom entry as collected from the XML, and the rules that turn
/// them into a ``FeedItem`` or a ``RejectedItem``.
///
/// Example: a draft with `title = "बाढ़ से राहत"`, `description = "<p>असम में <i>पानी</i> उतरा</p>"` and no
/// date finishes as `RejectedItem(index: …, identity: …, reason: "no pubDate/published/updated")`.
struct ItemDraft {
    enum Field: Equatable {
        case feedTitle, guid, link, title, description, contentEncoded, content, summary, category
        /// A date element, named as the reason text should name it ("pubDate", "dc:date", …).
        case date(String)
    }

    /// How an element's text is turned into clean text.
    enum TextKind: Equatable {
        case plain, html, xhtml
        /// RSS titles: plain text that may still carry character references.
        case rssTitle

        init(atomType: String?) {
            switch atomType?.lowercased() {
            case "html", "text/html": self = .html
            case "xhtml", "application/xhtml+xml": self = .xhtml
            default: self = .plain
            }
        }
    }

    /// What ``finish(source:sourceURL:)`` made of the draft.
    enum Outcome {
        case accepted(FeedItem)
        case rejected(RejectedItem)
    }

    let index: Int
    var guid: String?
    var guidIsPermaLink = true
    var link: String?
    var title: (text: String, kind: TextKind)?
    var description: String?
    var contentEncoded: String?
    var content: (text: String, kind: TextKind)?
    var summary: (text: String, kind: TextKind)?
    var dates: [(field: String, text: String)] = []
    var categories: [String] = []

    init(index: Int) {
        self.index = index
    }

    mutating func set(_ field: Field, text: String, kind: TextKind) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        switch field {
        case .feedTitle: break
        case .guid: if !trimmed.isEmpty { guid = trimmed }
        case .link: if !trimmed.isEmpty, link == nil { link = trimmed }
        case .title: title = (text, kind)
        case .description: description = text
        case .contentEncoded: contentEncoded = text
        case .content: content = (text, kind)
        case .summary: summary = (text, kind)
        case .category: categories.append(trimmed)
        case .date(let name): if !trimmed.isEmpty { dates.append((name, trimmed)) }
        }
    }

    static func render(_ text: String, as kind: TextKind) -> String {
        switch kind {
        case .plain: return HTMLText.plain(text)
        case .rssTitle: return HTMLText.decodeReferences(text)
        case .html, .xhtml: return HTMLText.clean(text)
        }
    }

    /// The finished item, or why it was rejected. The first date element present decides the date
    /// (RSS: pubDate, then dc:date; Atom: published, then updated).
    func finish(source: String?, sourceURL: String?) -> Outcome {
        let titleText = title.map { Self.render($0.text, as: $0.kind) } ?? ""
        let bodyText = bodyCandidates().lazy.map { Self.render($0.text, as: $0.kind) }.first { !$0.isEmpty } ?? ""
        var itemLink = link.map { resolve($0, against: sourceURL) }
        if itemLink == nil, guidIsPermaLink, let guid, guid.hasPrefix("http://") || guid.hasPrefix("https://") {
            itemLink = guid
        }
        let identity = guid ?? itemLink ?? FeedItem.contentIdentity(title: titleText, text: bodyText)
        if titleText.isEmpty && bodyText.isEmpty {
            return .rejected(RejectedItem(index: index, identity: guid ?? itemLink, reason: "no title and no text"))
        }
        let ordered = ["pubDate", "dc:date", "published", "updated"]
        guard let chosen = dates.min(by: { (ordered.firstIndex(of: $0.field) ?? 9) < (ordered.firstIndex(of: $1.field) ?? 9) }) else {
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

    /// Body sources in order of preference: content:encoded, description, Atom content, summary.
    private func bodyCandidates() -> [(text: String, kind: TextKind)] {
        var candidates: [(text: String, kind: TextKind)] = []
        if let contentEncoded { candidates.append((contentEncoded, .html)) }
        if let description { candidates.append((description, .html)) }
        if let content { candidates.append(content) }
        if let summary { candidates.append(summary) }
        return candidates
    }

    private func resolve(_ link: String, against base: String?) -> String {
        guard let base, !link.contains("://"), let baseURL = URL(string: base),
              let resolved = URL(string: link, relativeTo: baseURL)
        else { return link }
        return resolved.absoluteString
    }
}
