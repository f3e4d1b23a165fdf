import ActorRecognition
import Foundation
import Postgres
import Synchronization
import Timelines

/// The actors the API can name: the curated gazetteer and the provisional actors of the read model,
/// with their entry counts, and a name matcher over them, as `timeline actor NAME` resolves names.
///
/// Counting every actor's entries is a scan of the read model, so the catalog is read again only
/// when the projection has moved and the last reading is older than `refreshInterval`; an id the
/// catalog does not know yet is looked up in the read model directly, so a new actor is found at once.
///
/// `catalog.snapshot(connection).match("लावरोफ")` → `.nearMiss` Sergey Lavrov.
final class ActorCatalog: Sendable {
    struct Snapshot: Sendable {
        var position: Int64
        var gazetteerRevision: String
        var readAt: ContinuousClock.Instant
        var byID: [String: ActorSummary]
        /// Most entries first.
        var ranked: [ActorSummary]
        var matcher: ActorNameMatcher

        /// The catalog's summary of an actor the matcher found (every one it knows has one; a bare
        /// summary without entries otherwise).
        func summary(of actor: Actor) -> ActorSummary {
            byID[actor.id] ?? ActorSummary(id: actor.id, name: actor.canonicalName, latinName: actor.latinName,
                                           kind: actor.kind.rawValue, provisional: false,
                                           aliases: Array(Set(actor.aliases)).sorted(), entryCount: 0)
        }
    }

    private let state = Mutex<Snapshot?>(nil)
    let refreshInterval: Duration

    init(refreshInterval: Duration = .seconds(5)) {
        self.refreshInterval = refreshInterval
    }

    /// The current catalog, read again when stale.
    func snapshot(_ connection: PostgresConnection) throws -> Snapshot {
        let now = ContinuousClock.now
        if let current = state.withLock({ $0 }), now - current.readAt < refreshInterval { return current }
        let version = try ReadModelVersion.read(connection)
        let position = version.position, revision = version.gazetteerRevision
        if var current = state.withLock({ $0 }), current.position == position, current.gazetteerRevision == revision {
            current.readAt = now
            state.withLock { $0 = current }
            return current
        }
        let gazetteer = try GazetteerStore(connection: connection).curated().gazetteer
        let summaries = try TimelineQueries(connection: connection).actorSummaries(gazetteer: gazetteer)
        let provisional = summaries.filter(\.provisional).map {
            Actor(id: $0.id, kind: ActorKind(rawValue: $0.kind) ?? .person, canonicalName: $0.name, latinName: "", aliases: [$0.name])
        }
        var byID: [String: ActorSummary] = [:]
        for summary in summaries { byID[summary.id] = summary }
        let fresh = Snapshot(position: position, gazetteerRevision: revision, readAt: now, byID: byID, ranked: summaries,
                             matcher: ActorNameMatcher(actors: gazetteer.actors + provisional))
        state.withLock { $0 = fresh }
        return fresh
    }

    /// The actor with this id: from the catalog, else from the read model (an actor first seen
    /// since the catalog was read); nil when no actor has it.
    func actor(id: String, _ connection: PostgresConnection) throws -> ActorSummary? {
        let snapshot = try snapshot(connection)
        if let known = snapshot.byID[id] { return known }
        let rows = try connection.query("""
            SELECT max(actor_name) AS name, max(actor_kind) AS kind, bool_or(provisional) AS provisional, count(*) AS entries
            FROM timeline_entries WHERE actor_id = $1 HAVING count(*) > 0
            """, [.text(id)])
        guard let row = rows.first else { return nil }
        return ActorSummary(id: id, name: try row.string("name"), latinName: "", kind: try row.string("kind"),
                            provisional: try row.bool("provisional"), aliases: [], entryCount: Int(try row.int64("entries")))
    }
}
