/// One happening and the mentions that report it, in the order they joined.
///
/// The dates of its mentions agree on `interval` (their intersection: "मार्च में" and
/// "15 मार्च को" give 15 March); a curator's merge may join mentions whose dates do not meet,
/// and then `interval` is `nil` and `spread` is what they cover together. What the rule compares
/// (interval, actors, triggers, types) is kept as mentions come and go, not recomputed per look.
public struct EventCluster: Sendable, Equatable {
    public let id: String
    public private(set) var mentions: [Mention] = []
    /// The days every mention agrees on, or `nil` when they do not all meet.
    public private(set) var interval: ClosedRange<Int>?
    public private(set) var actors: Set<String> = []
    private(set) var lemmas: Set<String> = []
    private(set) var cameos: Set<String> = []
    /// The articles its mentions come from.
    private(set) var articles: Set<String> = []

    public init(id: String) {
        self.id = id
    }

    mutating func add(_ mention: Mention) {
        if mentions.isEmpty {
            interval = mention.firstDay...mention.lastDay
        } else if let current = interval {
            let first = max(current.lowerBound, mention.firstDay), last = min(current.upperBound, mention.lastDay)
            interval = first <= last ? first...last : nil
        }
        mentions.append(mention)
        actors.formUnion(mention.actors)
        articles.insert(mention.article)
        if let lemma = mention.lemma { lemmas.insert(lemma) }
        if let cameo = mention.cameo { cameos.insert(cameo) }
    }

    mutating func remove(_ mentionID: String) {
        let rest = mentions.filter { $0.id != mentionID }
        guard rest.count != mentions.count else { return }
        self = EventCluster(id: id)
        for mention in rest { add(mention) }
    }

    /// From the earliest first day to the latest last day of its mentions.
    public var spread: ClosedRange<Int>? {
        guard let first = mentions.map(\.firstDay).min(), let last = mentions.map(\.lastDay).max() else { return nil }
        return first...last
    }

    /// `actual` when any mention reports it as having happened; else the realis of the latest
    /// mention (a plan reported on Friday, cancelled on Saturday, is `negated`).
    public var realis: String? {
        mentions.contains { $0.realis == "actual" } ? "actual" : mentions.last(where: { $0.realis != nil })?.realis
    }

    /// The CAMEO root most of its mentions carry (the earliest on a tie), or `nil` when none has one.
    public var cameo: String? {
        let codes = mentions.compactMap(\.cameo)
        var counts: [String: Int] = [:]
        for code in codes { counts[code, default: 0] += 1 }
        guard let most = counts.values.max() else { return nil }
        return codes.first { counts[$0] == most }
    }
}
