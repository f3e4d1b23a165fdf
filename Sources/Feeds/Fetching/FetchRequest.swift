import Foundation

/// One conditional GET of a feed.
///
/// Example: `FetchRequest(url: URL(string: "https://samachar.example.in/rss/desh.xml")!,
/// etag: "\"v42\"", lastModified: "Sun, 13 Jul 2025 04:00:00 GMT")` asks for the Hindi "देश" feed
/// only if it changed since that version.
public struct FetchRequest: Sendable, Equatable {
    /// An http or https URL; anything else is refused with ``FetchError/unsupportedScheme(url:)``.
    public var url: URL
    /// The ETag of the last copy, sent as If-None-Match.
    public var etag: String?
    /// The Last-Modified of the last copy, sent as If-Modified-Since.
    public var lastModified: String?
    /// The User-Agent header.
    public var userAgent: String
    /// The whole exchange, from connecting to the last body byte, must finish within this.
    public var timeout: Duration
    /// The body may not exceed this many bytes (after gzip decoding); reading stops as soon as it does.
    public var maxBytes: Int
    /// How many redirects are followed; one more is an error.
    public var maxRedirects: Int

    public init(
        url: URL, etag: String? = nil, lastModified: String? = nil, userAgent: String = "timeline-feeds/1.0",
        timeout: Duration = .seconds(30), maxBytes: Int = 8 * 1024 * 1024, maxRedirects: Int = 5
    ) {
        self.url = url
        self.etag = etag
        self.lastModified = lastModified
        self.userAgent = userAgent
        self.timeout = timeout
        self.maxBytes = maxBytes
        self.maxRedirects = maxRedirects
    }

    /// The timeout in seconds.
    var timeoutSeconds: TimeInterval {
        let parts = timeout.components
        return max(0.001, Double(parts.seconds) + Double(parts.attoseconds) / 1e18)
    }
}
