import Digest
/// One article read from an RSS (0.90–2.0) or Atom (0.3, 1.0) feed, with clean text and a zone-preserving date.
///
/// Example: the RSS item
/// ```xml
/// <item><guid>urn:khabar:101</guid><title>दिल्ली में बारिश</title>
///   <description><![CDATA[<p>सोमवार को <b>भारी</b> बारिश हुई।</p>]]></description>
///   <category>मौसम</category><pubDate>Sun, 13 Jul 2025 09:30:00 +0530</pubDate></item>
/// ```
/// becomes `FeedItem(identity: "urn:khabar:101", guid: "urn:khabar:101", link: nil,
/// title: "दिल्ली में बारिश", text: "सोमवार को भारी बारिश हुई।", tags: ["मौसम"],
/// published: "2025-07-13T09:30:00+05:30", publishedDay: "2025-07-13", source: <feed title>)`.
public struct FeedItem: Sendable, Equatable {
    /// What makes two items the same article: the guid (RSS) or id (Atom); else the link; else the
    /// RDF `rdf:about` (RSS 0.90/1.0); else ``contentIdentity(title:text:)`` of `title` and `text`.
    ///
    /// Decisions: items with distinct guids (or links) are distinct articles even when their text
    /// is equal, and one guid is one article even when its text changes (a revision). The content
    /// identity is taken after title and text are put in one shape (``Headline``), so an item that
    /// carries its text only in `title` and one that carries the same text only in `description`
    /// get the same identity, as does an item whose description only repeats its title.
    public var identity: String
    /// The RSS `guid` or Atom `id`, trimmed; nil when absent or empty.
    public var guid: String?
    /// The article link (RSS `link`, a permalink `guid`, or Atom `link[@rel=alternate]@href`).
    public var link: String?
    /// The title as plain text on one line. When the feed gave no body and a multi-line or long
    /// title, this is its first line or sentence (at most about 200 characters) and the whole
    /// title is `text`; when the feed gave no title, it is made from the body the same way.
    public var title: String
    /// The body as clean text: paragraphs separated by a single "\n", no markup. Empty when the
    /// item is only a headline (a body that only repeats the title is dropped).
    public var text: String
    /// Category names, in document order, without duplicates.
    public var tags: [String]
    /// RFC 3339 timestamp keeping the zone offset the feed gave, e.g. "2025-07-13T09:30:00+05:30";
    /// nil when the feed gave only a calendar day.
    public var published: String?
    /// The publish day (YYYY-MM-DD) in the item's own zone, e.g. "2025-07-13".
    public var publishedDay: String?
    /// The feed's title, else the host of the feed URL.
    public var source: String?

    public init(
        identity: String, guid: String?, link: String?, title: String, text: String, tags: [String],
        published: String?, publishedDay: String?, source: String?
    ) {
        self.identity = identity
        self.guid = guid
        self.link = link
        self.title = title
        self.text = text
        self.tags = tags
        self.published = published
        self.publishedDay = publishedDay
        self.source = source
    }

    /// The identity for an item without guid and link: `"sha256:"` + SHA-256 of the UTF-8 bytes of
    /// `title`, a NUL byte and `text` (NUL cannot occur in XML text, so the split is unambiguous).
    ///
    /// Example: `FeedItem.contentIdentity(title: "बारिश", text: "तेज़ बारिश हुई।")` → `"sha256:…"` (64 hex digits).
    public static func contentIdentity(title: String, text: String) -> String {
        "sha256:" + SHA256.hex(of: Array(title.utf8) + [0] + Array(text.utf8))
    }
}
