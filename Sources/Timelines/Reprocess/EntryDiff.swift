import HindiTemporal

/// How a fresh extraction of an article differs from the entries the log holds for it, by entry id.
///
/// An id the fresh extraction no longer finds is retracted. A fresh entry is added when its id is
/// new, or when what a timeline shows of it changed: its interval, value, granularity, expression
/// span, set of actors or places. Actors are compared as curation resolves them, so an entry already moved
/// by curation (`provisional:वांग यी` merged into `wang-yi`) is not changed again. A changed entry is
/// only added: the projection replaces the row with the same id.
///
/// Stored "लावरोव ने शनिवार को …" (Saturday; Lavrov) and fresh "लावरोव ने शनिवार को …" (Saturday;
/// Lavrov, Kim) under the same id: nothing retracted, one entry added, replacing the stored one.
struct EntryDiff: Sendable {
    /// Stored entries that no longer hold, in stored order.
    var retracted: [EntrySummary] = []
    /// Fresh entries that are new or changed, in text order.
    var added: [DatedEntry] = []
    /// The stored versions of the added entries that replace one.
    var replaced: [EntrySummary] = []

    var isEmpty: Bool { retracted.isEmpty && added.isEmpty }

    init(stored: [EntrySummary], fresh: [DatedEntry], curation: ActorCuration) {
        var storedByID: [String: EntrySummary] = [:]
        for entry in stored { storedByID[entry.entryID] = entry }
        let freshIDs = Set(fresh.map(\.entryID))
        retracted = stored.filter { !freshIDs.contains($0.entryID) }
        for entry in fresh {
            guard let old = storedByID[entry.entryID] else {
                added.append(entry)
                continue
            }
            if Signature(old, curation) != Signature(EntrySummary(entry), curation) {
                added.append(entry)
                replaced.append(old)
            }
        }
    }

    /// What matters of an entry for the timelines.
    struct Signature: Equatable {
        var interval: DayInterval
        var value: String
        var granularity: String
        var start: Int
        var end: Int
        var actors: Set<String>
        /// In text order: the timelines show them so.
        var places: [String]

        init(_ entry: EntrySummary, _ curation: ActorCuration) {
            interval = entry.interval
            value = entry.value
            granularity = entry.granularity
            start = entry.start
            end = entry.end
            actors = Set(entry.actorKeys.compactMap { curation.target(of: $0) })
            places = entry.placeKeys
        }
    }
}
