import Digest
import HindiTemporal

/// One news article as the product takes it in.
///
/// The article's identity is its URL, else its id; its content hash covers everything that
/// extraction reads, so an unchanged re-ingest is recognised and a changed body is a revision.
public struct Article: Sendable, Hashable, Codable {
    /// The URL, or the feed/producer id when there is no URL.
    public var identifier: String
    public var url: String?
    public var title: String
    /// The publish date (the reference date for resolving "कल", "शनिवार", "पिछले साल").
    public var published: CalendarDay
    /// The publish timestamp as given (RFC 3339), when the input had one.
    public var publishedAt: String?
    public var text: String
    public var tags: [String]
    public var source: String?
    public var language: String?

    public init(identifier: String, url: String? = nil, title: String, published: CalendarDay, publishedAt: String? = nil,
                text: String, tags: [String] = [], source: String? = nil, language: String? = nil) {
        self.identifier = identifier
        self.url = url
        self.title = title
        self.published = published
        self.publishedAt = publishedAt
        self.text = text
        self.tags = tags
        self.source = source
        self.language = language
    }

    /// The stream that holds this article's events: `article-` and 32 hex digits of the identifier's hash.
    public var streamID: String { "article-" + String(SHA256.hex(identifier).prefix(32)) }

    /// Hash of the content that extraction depends on.
    public var contentHash: String {
        SHA256.hex(joining: [title, published.iso, text, tags.joined(separator: "\u{1E}")], separator: "\u{1F}")
    }
}
