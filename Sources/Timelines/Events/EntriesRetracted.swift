/// Payload of `EntriesRetracted`: dated entries of an article that no longer hold, e.g. because
/// re-extraction under a newer extractor or gazetteer does not find them any more.
///
/// The entries stay in the log where they were recorded; the projection moves their rows to
/// `timeline_entry_history`, so `timeline actor … --as-of` before the retraction still shows them.
/// Example: after the alias "किम" is taken away from Kim Jong Un, re-extraction of
/// "किम ने शनिवार को मिसाइल परीक्षण देखा।" retracts the entry `k3v0q8x2mw` (Saturday, Kim).
public struct EntriesRetracted: Sendable, Codable, Equatable {
    public var streamID: String
    public var articleRevision: Int
    /// Short ids of the retracted entries.
    public var entryIDs: [String]
    /// Why, for people: e.g. `reprocess`.
    public var reason: String
    public var extractorVersion: String
    public var gazetteerRevision: String

    public init(streamID: String, articleRevision: Int, entryIDs: [String], reason: String,
                extractorVersion: String, gazetteerRevision: String) {
        self.streamID = streamID
        self.articleRevision = articleRevision
        self.entryIDs = entryIDs
        self.reason = reason
        self.extractorVersion = extractorVersion
        self.gazetteerRevision = gazetteerRevision
    }
}
