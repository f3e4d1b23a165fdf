/// What curators decided about events, as the clusterer keeps it: mentions pinned to an event
/// (by a split or a merge), events a mention must not rejoin (the one it was split from), and
/// events merged into others (their ids lead to the target).
public struct ClusterCuration: Sendable, Equatable {
    private var pinned: [String: String] = [:]
    private var avoided: [String: Set<String>] = [:]
    private var mergedInto: [String: String] = [:]

    public init() {}

    /// The event `id` now is: itself, or the event it was merged into (followed to the end).
    public func resolve(_ id: String) -> String {
        var current = id, seen: Set<String> = []
        while let next = mergedInto[current], seen.insert(current).inserted { current = next }
        return current
    }

    func pinnedEvent(of mentionID: String) -> String? { pinned[mentionID].map(resolve) }

    func avoidedEvents(of mentionID: String) -> Set<String> { Set((avoided[mentionID] ?? []).map(resolve)) }

    /// Records a split: `moved` go to `newID` and never back to `eventID`; `kept` never join `newID`.
    public mutating func split(kept: [String], moved: [String], from eventID: String, into newID: String) {
        for id in moved {
            pinned[id] = newID
            avoided[id, default: []].insert(eventID)
        }
        for id in kept { avoided[id, default: []].insert(newID) }
    }

    /// Records a merge: `source` leads to `target`, and `mentions` are pinned to it.
    public mutating func merge(_ source: String, into target: String, mentions: [String]) {
        guard source != target else { return }
        mergedInto[source] = target
        for id in mentions { pinned[id] = target }
    }
}
