/// Forms events from mentions, one mention at a time, in the order they are given: the same
/// mentions in the same order give the same events and ids, so a projection that replays its
/// log rebuilds them exactly.
///
/// A mention joins the best-scoring event that `ClusterRule` accepts among those sharing an actor
/// with it, or founds a new one. A mention of a reprint first looks for the event of the same
/// sentence in the original. A curator's split and merge pin mentions to events
/// (`ClusterCuration`), and a pinned mention goes where it is pinned whenever it comes back
/// (a reprocessed article).
public struct EventClusterer: Sendable {
    public var rule = ClusterRule()
    public var curation = ClusterCuration()
    /// Sentence similarity from which a reprint's mention is the original's.
    public var reprintSimilarity = 0.5
    /// Events by number (`numbers[id]`); a number whose event lost its last mention holds `nil`.
    private var clusters: [EventCluster?] = []
    private var numbers: [String: Int32] = [:]
    private var actorNumbers: [String: Int32] = [:]
    /// Event numbers by actor and 32-day bucket of their dates; events longer than `shortSpan`
    /// days only by actor (`longEventsByActor`). A mention looks in the buckets its dates cover.
    private var eventsByActorBucket: [Int64: Set<Int32>] = [:]
    private var longEventsByActor: [Int32: Set<Int32>] = [:]
    private var eventsByActor: [Int32: Set<Int32>] = [:]
    static let bucketDays = 32
    static let shortSpan = 64
    private var eventOfMention: [String: String] = [:]
    private var mentionsOfArticle: [String: Set<String>] = [:]
    private var mentionsByID: [String: Mention] = [:]

    /// Every event, by id.
    public var events: [String: EventCluster] {
        Dictionary(uniqueKeysWithValues: clusters.compactMap { $0.map { ($0.id, $0) } })
    }

    /// The event `id`, if it has mentions.
    public func event(_ id: String) -> EventCluster? { numbers[id].flatMap { clusters[Int($0)] } }

    public init() {}

    /// The event `mentionID` is in.
    public func event(ofMention mentionID: String) -> String? { eventOfMention[mentionID] }

    /// The mentions of one article, sorted.
    public func mentions(ofArticle article: String) -> [String] { (mentionsOfArticle[article] ?? []).sorted() }

    /// How many mentions it holds.
    public var mentionCount: Int { eventOfMention.count }

    /// Whether the mention is already known (placed or loaded).
    public func contains(mention mentionID: String) -> Bool { eventOfMention[mentionID] != nil }

    /// Puts a stored mention back into its event, with no decision (loading saved state).
    public mutating func load(_ mention: Mention, into eventID: String) {
        guard eventOfMention[mention.id] == nil else { return }
        insert(mention, into: eventID)
    }

    /// Places a new mention; `reprintOf` is the stream id of the article it reprints, if any.
    public mutating func place(_ mention: Mention, reprintOf original: String? = nil) -> Placement {
        if eventOfMention[mention.id] != nil { remove(mention.id) }
        let placement = decide(mention, reprintOf: original)
        insert(mention, into: placement.eventID)
        return placement
    }

    private func decide(_ mention: Mention, reprintOf original: String?) -> Placement {
        if let pinned = curation.pinnedEvent(of: mention.id) { return Placement(eventID: pinned, reason: .curated) }
        let avoided = curation.avoidedEvents(of: mention.id)
        // Ties go to the smaller id, so the order candidates are visited in does not matter.
        let candidates = candidateEvents(for: mention)
        if let original {
            // The original's own mentions, by article: not every mention of every candidate.
            var best: (id: String, similarity: Double)?
            for otherID in mentionsOfArticle[original] ?? [] {
                guard let id = eventOfMention[otherID], avoided.isEmpty || !avoided.contains(id),
                      let other = mentionsByID[otherID], other.firstDay <= mention.lastDay, mention.firstDay <= other.lastDay,
                      other.keys.actors.contains(where: mention.keys.actors.contains) else { continue }
                let similarity = other.sketch.similarity(to: mention.sketch)
                guard similarity >= reprintSimilarity else { continue }
                if best == nil || similarity > best!.similarity || (similarity == best!.similarity && id < best!.id) {
                    best = (id, similarity)
                }
            }
            if let best { return Placement(eventID: best.id, reason: .reprint(of: original, similarity: best.similarity)) }
        }
        var best: (id: String, match: ClusterMatch)?
        for number in candidates {
            guard let event = clusters[Int(number)], avoided.isEmpty || !avoided.contains(event.id), let match = rule.match(mention, event) else { continue }
            let id = event.id
            if best == nil || match.score > best!.match.score || (match.score == best!.match.score && id < best!.id) {
                best = (id, match)
            }
        }
        if let best { return Placement(eventID: best.id, reason: .matched(best.match)) }
        return Placement(eventID: curation.resolve(EventID.founded(by: mention.id)), reason: .founded)
    }

    /// Events sharing an actor with `mention` whose dates may meet its own.
    private func candidateEvents(for mention: Mention) -> Set<Int32> {
        var found: Set<Int32> = []
        for name in mention.actors {
            guard let actor = actorNumbers[name] else { continue }
            if mention.lastDay - mention.firstDay > Self.shortSpan {
                found.formUnion(eventsByActor[actor] ?? [])
                continue
            }
            for bucket in Self.buckets(mention.firstDay...mention.lastDay) {
                found.formUnion(eventsByActorBucket[Self.key(actor, bucket)] ?? [])
            }
            found.formUnion(longEventsByActor[actor] ?? [])
        }
        return found
    }

    private static func buckets(_ days: ClosedRange<Int>) -> ClosedRange<Int> {
        days.lowerBound.floorDiv(bucketDays)...days.upperBound.floorDiv(bucketDays)
    }

    private static func key(_ actor: Int32, _ bucket: Int) -> Int64 { Int64(actor) << 32 | Int64(UInt32(truncatingIfNeeded: bucket)) }

    /// Files event `number` under `actors` and the buckets of `days` (again after a change:
    /// entries that no longer hold only add candidates the rule turns down).
    private mutating func index(_ number: Int32, actors: some Sequence<String>, days: ClosedRange<Int>) {
        for name in actors {
            let actor = actorNumbers[name] ?? {
                let new = Int32(actorNumbers.count)
                actorNumbers[name] = new
                return new
            }()
            eventsByActor[actor, default: []].insert(number)
            if days.upperBound - days.lowerBound > Self.shortSpan {
                longEventsByActor[actor, default: []].insert(number)
            } else {
                for bucket in Self.buckets(days) { eventsByActorBucket[Self.key(actor, bucket), default: []].insert(number) }
            }
        }
    }

    /// Takes a mention out of its event; returns that event's id. An event left empty is gone.
    @discardableResult
    public mutating func remove(_ mentionID: String) -> String? {
        guard let id = eventOfMention.removeValue(forKey: mentionID), let number = numbers[id],
              var event = clusters[Int(number)] else { return nil }
        if let article = mentionsByID.removeValue(forKey: mentionID)?.article {
            mentionsOfArticle[article]?.remove(mentionID)
        }
        event.remove(mentionID)
        if event.mentions.isEmpty {
            clusters[Int(number)] = nil
        } else {
            clusters[Int(number)] = event
            if let days = event.interval ?? event.spread { index(number, actors: event.actors, days: days) }
        }
        return id
    }

    /// A curator's split: the listed mentions leave `eventID` for `newID`, and the kept ones may
    /// never join it (nor the moved ones return). Returns the mentions moved.
    public mutating func split(_ eventID: String, moving mentionIDs: [String], keeping kept: [String],
                               into newID: String) -> [String] {
        curation.split(kept: kept, moved: mentionIDs, from: eventID, into: newID)
        let moving = mentionIDs.filter { eventOfMention[$0] != nil && eventOfMention[$0] != newID }
        for id in moving { relocate(id, to: newID) }
        return moving
    }

    /// A curator's merge: every mention of `source` joins `target`, and `source` leads to it from
    /// now on; `mentions` (those of both, as the curator saw them) stay pinned to `target`.
    /// Returns the mentions moved.
    public mutating func merge(_ source: String, into target: String, mentions: [String]) -> [String] {
        curation.merge(source, into: target, mentions: mentions)
        let resolved = curation.resolve(target)
        let moving = (event(source)?.mentions.map(\.id) ?? []) + mentions.filter {
            eventOfMention[$0] != nil && eventOfMention[$0] != resolved
        }
        var moved: [String] = []
        for id in moving where !moved.contains(id) && eventOfMention[id] != resolved {
            relocate(id, to: resolved)
            moved.append(id)
        }
        return moved
    }

    private mutating func relocate(_ mentionID: String, to eventID: String) {
        guard eventOfMention[mentionID] != nil, let mention = mentionsByID[mentionID] else { return }
        remove(mentionID)
        insert(mention, into: eventID)
    }

    private mutating func insert(_ mention: Mention, into eventID: String) {
        let number = numbers[eventID] ?? {
            let new = Int32(clusters.count)
            numbers[eventID] = new
            clusters.append(nil)
            return new
        }()
        if clusters[Int(number)] == nil { clusters[Int(number)] = EventCluster(id: eventID) }
        clusters[Int(number)]!.add(mention)
        eventOfMention[mention.id] = eventID
        mentionsOfArticle[mention.article, default: []].insert(mention.id)
        mentionsByID[mention.id] = mention
        // Only the new mention's actors can be new to the event, and its dates only narrow.
        guard let days = clusters[Int(number)]!.interval ?? clusters[Int(number)]!.spread else { return }
        index(number, actors: mention.actors, days: days)
    }
}

extension Int {
    /// Division rounding toward minus infinity (day numbers before 1970 are negative).
    fileprivate func floorDiv(_ d: Int) -> Int { self >= 0 ? self / d : -((-self + d - 1) / d) }
}
