import HindiTemporal

/// Which stored articles a reprocess looks at, and whether it writes.
public struct ReprocessOptions: Sendable, Equatable {
    /// Only articles published on or after this day.
    public var since: CalendarDay?
    /// Only articles whose current or re-extracted entries involve this actor (a key such as
    /// `sergey-lavrov` or `provisional:राजेश वर्मा`; keys that curation redirects to it count too).
    public var actorID: String?
    /// Work out the changes without appending them.
    public var dryRun: Bool
    /// Re-extract also the articles whose entries were made by the current extractor and gazetteer.
    public var force: Bool
    /// Articles per read and per batch append.
    public var chunkSize: Int

    public init(since: CalendarDay? = nil, actorID: String? = nil, dryRun: Bool = false, force: Bool = false,
                chunkSize: Int = 500) {
        self.since = since
        self.actorID = actorID
        self.dryRun = dryRun
        self.force = force
        self.chunkSize = chunkSize
    }
}
