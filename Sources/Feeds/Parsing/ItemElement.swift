/// Which ``ItemDraft`` field an element directly inside an RSS `item` or Atom `entry` fills, and
/// how its text is read. Elements not listed here (e.g. `dc:creator`, `comments`, `enclosure`)
/// are skipped.
///
/// | field | RSS 0.9x/2.0, RSS 1.0, RSS 0.90 | Atom 1.0 | Atom 0.3 | any format |
/// |---|---|---|---|---|
/// | guid | `guid` | `id` | `id` | |
/// | link | `link` | `link[@rel=alternate]/@href` | same | |
/// | title | `title` | `title` | `title` | `dc:title` (fallback) |
/// | body | `description` | `content`, `summary` | same | `content:encoded`, `xhtml:body`, `atom:content`, `atom:summary`, `dc:description` |
/// | date | `pubDate` | `published`, `updated` | `issued`, `created`, `modified` | `dc:date`, `dcterms:issued`/`created`/`modified`, `atom:published`/`updated` |
/// | tags | `category` | `category/@label` or `@term` | | `dc:subject` |
///
/// Example: in an RSS 1.0 item, `<dc:date>2025-07-01T08:00:00+05:30</dc:date>` → `(.date("dc:date"), .plain)`.
enum ItemElement {
    /// The field and text kind to capture for the element, after taking what its attributes
    /// give (`link/@href`, `category/@term`); nil when its text is not captured.
    static func start(
        _ item: inout ItemDraft, format: FeedXMLHandler.Format, namespace: String, name: String, attributes: [String: String]
    ) -> (field: ItemDraft.Field, kind: ItemDraft.TextKind)? {
        switch namespace {
        case FeedNamespace.content where name == "encoded":
            return (.contentEncoded, .html)
        case FeedNamespace.dublinCore:
            switch name {
            case "date": return (.date("dc:date"), .plain)
            case "title": return (.dcTitle, .rssTitle)
            case "description": return (.dcDescription, .html)
            case "subject": return (.category, .plain)
            default: return nil
            }
        case FeedNamespace.dublinCoreTerms where ["issued", "created", "modified"].contains(name):
            return (.date("dcterms:" + name), .plain)
        case FeedNamespace.xhtml where name == "body":
            return (.xhtmlBody, .xhtml)
        case FeedNamespace.atom, FeedNamespace.atom03:
            return atom(&item, format: format, atom03: namespace == FeedNamespace.atom03, name: name, attributes: attributes)
        case _ where format == .rss && FeedNamespace.rssElements.contains(namespace):
            switch name {
            case "guid":
                item.guidIsPermaLink = attributes["isPermaLink"]?.lowercased() != "false"
                return (.guid, .plain)
            case "link": return (.link, .plain)
            case "title": return (.title, .rssTitle)
            case "description": return (.description, .html)
            case "pubDate": return (.date("pubDate"), .plain)
            case "category": return (.category, .plain)
            default: return nil
            }
        default:
            return nil
        }
    }

    /// Atom elements: all of them in an entry of their own version; `content`, `summary`,
    /// `published` and `updated` also inside an RSS item (`atom:content` …).
    private static func atom(
        _ item: inout ItemDraft, format: FeedXMLHandler.Format, atom03: Bool, name: String, attributes: [String: String]
    ) -> (field: ItemDraft.Field, kind: ItemDraft.TextKind)? {
        let kind = AtomTextConstruct.kind(type: attributes["type"], mode: attributes["mode"], atom03: atom03)
        switch name {
        case "content" where attributes["src"] == nil: return (.content, kind)
        case "summary": return (.summary, kind)
        case "published", "updated", "issued", "created", "modified": return (.date(name), .plain)
        default: break
        }
        guard format == (atom03 ? .atom03 : .atom) else { return nil }
        switch name {
        case "id": return (.guid, .plain)
        case "title": return (.title, kind)
        case "link":
            let rel = attributes["rel"] ?? "alternate"
            if rel == "alternate", item.link == nil, let href = attributes["href"], !href.isEmpty { item.link = href }
        case "category":
            if let name = attributes["label"] ?? attributes["term"] { item.categories.append(name) }
        default:
            break
        }
        return nil
    }
}
