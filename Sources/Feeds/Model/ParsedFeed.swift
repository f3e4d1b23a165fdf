/// The result of parsing one feed document: its title, the accepted items and the rejected ones,
/// and, when the document could not be read whole and its items were read one by one, why.
///
/// Example: an RSS channel "समाचार" with two dated items and one item without `pubDate` gives
/// `ParsedFeed(title: "समाचार", items: [2 items], rejected: [RejectedItem(index: 2, identity: …,
/// reason: "no pubDate/published/updated")], recoveredFrom: nil)`; the same document without its
/// closing `</rss>` gives the same items and `recoveredFrom` described as "malformed XML:
/// document ends inside the open element <rss> (libxml2 error 77) at line 30, column 1".
public struct ParsedFeed: Sendable, Equatable {
    /// The channel/feed title, if any.
    public var title: String?
    /// Items that parsed completely, in document order.
    public var items: [FeedItem]
    /// Items that were skipped, each with the reason; never silently dropped.
    public var rejected: [RejectedItem]
    /// Nil when the document was read whole. Otherwise the error that stopped reading it whole
    /// (what and where, see ``FeedError/description``), after which its items were read one by
    /// one (see ``FeedParser``): `items` and `rejected` are what could be read that way.
    public var recoveredFrom: FeedError?

    public init(title: String?, items: [FeedItem], rejected: [RejectedItem], recoveredFrom: FeedError? = nil) {
        self.title = title
        self.items = items
        self.rejected = rejected
        self.recoveredFrom = recoveredFrom
    }
}
