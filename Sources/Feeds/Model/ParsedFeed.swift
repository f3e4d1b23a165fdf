/// The result of parsing one feed document: its title, the accepted items and the rejected ones.
///
/// Example: an RSS channel "समाचार" with two dated items and one item without `pubDate` gives
/// `ParsedFeed(title: "समाचार", items: [2 items], rejected: [RejectedItem(index: 2, identity: …,
/// reason: "no pubDate/published/updated")])`.
public struct ParsedFeed: Sendable, Equatable {
    /// The channel/feed title, if any.
    public var title: String?
    /// Items that parsed completely, in document order.
    public var items: [FeedItem]
    /// Items that were skipped, each with the reason; never silently dropped.
    public var rejected: [RejectedItem]

    public init(title: String?, items: [FeedItem], rejected: [RejectedItem]) {
        self.title = title
        self.items = items
        self.rejected = rejected
    }
}
