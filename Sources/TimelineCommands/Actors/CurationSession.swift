import ArgumentParser
import Foundation
import Postgres
import Timelines

/// What the curation commands share: the open database, curation so far, name lookup, and
/// recording one act (append, then bring the timelines up to date and say what moved).
struct CurationSession {
    let session: TimelineSession
    let log: CurationLog
    let curation: ActorCuration
    let resolver: ActorResolver

    init(database: DatabaseOptions) throws {
        session = try database.openSession()
        log = CurationLog(connection: session.connection)
        curation = try log.state()
        resolver = try ActorResolver(session: session)
    }

    /// The actor a person named, exactly (curation does not guess).
    func actor(_ name: String) throws -> ActorResolver.Resolved {
        try resolver.resolve(name, allowNearMiss: false)
    }

    /// The actor that already has exactly this name, if any.
    func existingActor(named name: String) -> ActorResolver.Resolved? {
        try? resolver.resolve(name, allowNearMiss: false)
    }

    /// Appends `event` against the curation version read at start, applies it to the timelines,
    /// and prints one line for people: `done` plus how many timeline rows moved.
    func record(_ event: ActorCurationEvent, done: String) throws {
        let position = try log.append(event, expectedVersion: curation.version)
        try TimelineProjection(connection: session.connection).catchUp()
        let moved = try session.connection.query(
            "SELECT count(*) AS n FROM timeline_entry_history WHERE retracted_position = $1", [.int(position)])
            .first.map { try $0.int64("n") } ?? 0
        let rows = moved == 1 ? "1 timeline row" : "\(moved) timeline rows"
        print("\(done); \(rows) re-attributed or withdrawn (event at log position \(position)).")
    }

    func close() { session.close() }
}
