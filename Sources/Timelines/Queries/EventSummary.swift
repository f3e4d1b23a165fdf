import HindiTemporal

/// One event as `timeline events` lists it: the happening, its date at the granularity its
/// mentions agree on (or their spread), what kind of event, who, and how many reports back it.
///
/// `ev4k…  2025-07-12  consult (04)  actual  सर्गेई लावरोव, किम जोंग उन  3 mentions, 3 articles, 2 sources`.
public struct EventSummary: Sendable, Equatable {
    public struct Actor: Sendable, Equatable {
        public var id: String
        public var name: String
        public var role: String?
    }

    public var id: String
    public var first: CalendarDay
    public var last: CalendarDay
    /// The most precise date the mentions agree on (`2025-07-12`, `2025-07`), or their spread
    /// `2025-07-12/2025-07-20` when a curator joined mentions whose dates do not meet.
    public var value: String
    public var granularity: String
    public var datesDisagree: Bool
    public var cameo: String?
    public var realis: String?
    public var actors: [Actor]
    public var mentions: Int
    public var articles: Int
    public var sources: Int
    public var firstReported: CalendarDay?
    public var lastReported: CalendarDay?
}

/// One report of an event: the entry, its article and outlet, where the date is in the text,
/// and why it joined the event.
public struct EventReport: Sendable, Equatable {
    public var entry: String
    /// The article's URL, else the identifier given at ingest.
    public var article: String
    public var source: String?
    public var published: CalendarDay?
    public var expression: String
    public var start: Int
    public var end: Int
    public var value: String
    public var sentence: String
    public var realis: String?
    public var trigger: String?
    public var reprintOf: String?
    public var joinedBy: String
    public var score: Double
}
