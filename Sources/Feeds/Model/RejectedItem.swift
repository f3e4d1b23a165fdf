/// An item of a feed that was not turned into a ``FeedItem``, and why.
///
/// Example: `<item><title>चुनाव परिणाम</title><pubDate>कल सुबह</pubDate></item>` as the fourth item gives
/// `RejectedItem(index: 3, identity: "sha256:…", reason: "unparseable pubDate \"कल सुबह\"")`.
public struct RejectedItem: Sendable, Equatable {
    /// Zero-based position of the item/entry in the document.
    public var index: Int
    /// The identity the item would have had, when one could be formed.
    public var identity: String?
    /// What was wrong, naming the element and quoting its text.
    public var reason: String

    public init(index: Int, identity: String?, reason: String) {
        self.index = index
        self.identity = identity
        self.reason = reason
    }
}
