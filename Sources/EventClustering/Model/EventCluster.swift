/// One happening and the mentions that report it, in the order they joined.
///
/// The dates of its mentions agree on `interval` (their intersection: "मार्च में" and
/// "15 मार्च को" give 15 March); a curator's merge may join mentions whose dates do not meet,
/// and then `interval` is `nil` and `spread` is what they cover together. What the rule compares
/// (interval, actors, and the keys of actors, triggers, types and articles) is kept as mentions come and go, not recomputed
/// per look; the state is shared between copies until one of them changes (copy on write), so
/// looking at an event costs one reference, not one per field.
public struct EventCluster: Sendable, Equatable {
    /// The state of an event; only ever changed through a uniquely referenced `EventCluster`.
    private final class Storage: @unchecked Sendable {
        var mentions: [Mention] = []
        var interval: ClosedRange<Int>?
        var actors: Set<String> = []
        var actorKeys: Set<UInt64> = []
        var lemmaKeys: Set<UInt64> = []
        var cameoKeys: Set<UInt64> = []
        var articleKeys: Set<UInt64> = []

        func copy() -> Storage {
            let new = Storage()
            new.mentions = mentions
            new.interval = interval
            new.actors = actors
            new.actorKeys = actorKeys
            new.lemmaKeys = lemmaKeys
            new.cameoKeys = cameoKeys
            new.articleKeys = articleKeys
            return new
        }
    }

    public let id: String
    private var storage = Storage()

    public init(id: String) {
        self.id = id
    }

    public var mentions: [Mention] { storage.mentions }
    /// The days every mention agrees on, or `nil` when they do not all meet.
    public var interval: ClosedRange<Int>? { storage.interval }
    public var actors: Set<String> { storage.actors }
    /// Keys (`TextKey`) of its actors, trigger lemmas, CAMEO roots and articles.
    var actorKeys: Set<UInt64> { storage.actorKeys }
    var lemmaKeys: Set<UInt64> { storage.lemmaKeys }
    var cameoKeys: Set<UInt64> { storage.cameoKeys }
    var articleKeys: Set<UInt64> { storage.articleKeys }

    public static func == (a: EventCluster, b: EventCluster) -> Bool { a.id == b.id && a.mentions == b.mentions }

    mutating func add(_ mention: Mention) {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        let s = storage
        if s.mentions.isEmpty {
            s.interval = mention.firstDay...mention.lastDay
        } else if let current = s.interval {
            let first = max(current.lowerBound, mention.firstDay), last = min(current.upperBound, mention.lastDay)
            s.interval = first <= last ? first...last : nil
        }
        s.mentions.append(mention)
        s.actors.formUnion(mention.actors)
        s.actorKeys.formUnion(mention.keys.actors)
        s.articleKeys.insert(mention.keys.article)
        if let lemma = mention.keys.lemma { s.lemmaKeys.insert(lemma) }
        if let cameo = mention.keys.cameo { s.cameoKeys.insert(cameo) }
    }

    mutating func remove(_ mentionID: String) {
        let rest = mentions.filter { $0.id != mentionID }
        guard rest.count != mentions.count else { return }
        storage = Storage()
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
