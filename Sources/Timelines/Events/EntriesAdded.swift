/// Payload of `EntriesAdded`: dated entries found in an already extracted article revision,
/// e.g. by re-extraction after the gazetteer learned a new actor.
///
/// An entry whose id was retracted in the same step and is added again replaces the old row
/// (the old one goes to the history). Example: once "वांग यी" is in the gazetteer, re-extraction
/// of "वांग यी ने सोमवार को बयान दिया।" adds one entry (Monday, Wang Yi).
public struct EntriesAdded: Sendable, Codable, Equatable {
    public var streamID: String
    public var articleRevision: Int
    public var entries: [DatedEntry]
    public var reason: String
    public var extractorVersion: String
    public var gazetteerRevision: String

    public init(streamID: String, articleRevision: Int, entries: [DatedEntry], reason: String,
                extractorVersion: String, gazetteerRevision: String) {
        self.streamID = streamID
        self.articleRevision = articleRevision
        self.entries = entries
        self.reason = reason
        self.extractorVersion = extractorVersion
        self.gazetteerRevision = gazetteerRevision
    }

    var header: ArticleExtracted.Header {
        ArticleExtracted.Header(streamID: streamID, articleRevision: articleRevision, extractorVersion: extractorVersion,
                                gazetteerRevision: gazetteerRevision)
    }
}
