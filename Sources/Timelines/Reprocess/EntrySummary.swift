import HindiTemporal

/// A dated entry as reprocessing compares and shows it: what a timeline shows of it.
///
/// For "सर्गेई लावरोव ने 8 जुलाई 2025 को किम जोंग उन से मुलाकात की।": expression "8 जुलाई 2025",
/// value 2025-07-08, granularity day, actors sergey-lavrov and kim-jong-un; with "… को प्योंगयांग में …"
/// also the place pyongyang.
public struct EntrySummary: Sendable, Equatable {
    public var entryID: String
    /// The expression as written, and its Unicode scalar offsets in the article text.
    public var expression: String
    public var start: Int
    public var end: Int
    public var value: String
    public var granularity: String
    public var interval: DayInterval
    /// The actors' keys and names, in order of first mention.
    public var actorKeys: [String]
    public var actorNames: [String]
    /// The places' keys and names, in text order; empty for entries recorded before places were kept.
    public var placeKeys: [String]
    public var placeNames: [String]

    public init(entryID: String, expression: String, start: Int, end: Int, value: String, granularity: String,
                interval: DayInterval, actorKeys: [String], actorNames: [String], placeKeys: [String] = [],
                placeNames: [String] = []) {
        self.entryID = entryID
        self.expression = expression
        self.start = start
        self.end = end
        self.value = value
        self.granularity = granularity
        self.interval = interval
        self.actorKeys = actorKeys
        self.actorNames = actorNames
        self.placeKeys = placeKeys
        self.placeNames = placeNames
    }

    public init(_ entry: DatedEntry) {
        self.init(entryID: entry.entryID, expression: entry.expression.text, start: entry.expression.start,
                  end: entry.expression.end, value: entry.expression.value, granularity: entry.expression.granularity,
                  interval: entry.interval, actorKeys: entry.actors.map(\.key), actorNames: entry.actors.map(\.name),
                  placeKeys: entry.places.map(\.key), placeNames: entry.places.map(\.name))
    }
}
