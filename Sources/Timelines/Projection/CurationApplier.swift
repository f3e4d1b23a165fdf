import EventStore
import Postgres

/// Applies one actor-curation event to the timeline rows: entries of a merged, aliased or newly
/// added name move to their actor, a rejected actor's entries leave the timelines, a renamed
/// actor's rows show the new name. Rows taken away go to the history, so `--as-of` still sees them.
struct CurationApplier {
    let connection: PostgresConnection
    /// Curation with this event already applied.
    let curation: ActorCuration
    let directory: ActorDirectory

    func apply(_ event: ActorCurationEvent, _ recorded: RecordedEvent) throws {
        let history = EntryHistory(connection: connection)
        switch event {
        case .added, .aliasAdded, .merged:
            for (from, _) in ActorCuration.redirections(of: event) {
                let target = reference(for: curation.target(of: from))
                guard target?.key != from else { continue }
                try history.reattribute(from, to: target, by: recorded, reason: reason(event, target))
                try history.rewriteOthers(from, to: target)
            }
        case .renamed(let p):
            try connection.query("UPDATE timeline_entries SET actor_name = $2 WHERE actor_id = $1",
                                 [.text(p.actorID), .text(p.name)])
            try history.rewriteOthers(p.actorID, to: reference(for: p.actorID))
        case .rejected(let p):
            try history.reattribute(p.actorID, to: nil, by: recorded, reason: "rejected" + (p.reason.isEmpty ? "" : ": \(p.reason)"))
            try history.rewriteOthers(p.actorID, to: nil)
        }
    }

    /// The actor `key` names, as rows show it.
    private func reference(for key: String?) -> DatedEntry.ActorRef? {
        guard let key else { return nil }
        let known = curation.describe(key, directory: directory)
        return DatedEntry.ActorRef(
            key: key, name: known?.name ?? String(key.dropFirst(ActorReference.provisionalPrefix.count)),
            kind: known?.kind ?? "person", provisional: key.hasPrefix(ActorReference.provisionalPrefix),
            surface: "", evidence: "")
    }

    private func reason(_ event: ActorCurationEvent, _ target: DatedEntry.ActorRef?) -> String {
        guard let target else { return "rejected" }
        switch event {
        case .added: return "added as \(target.key)"
        case .aliasAdded: return "alias of \(target.key)"
        default: return "merged into \(target.key)"
        }
    }
}
