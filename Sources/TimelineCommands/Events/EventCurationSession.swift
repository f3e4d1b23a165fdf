import ArgumentParser
import Postgres
import Timelines

/// What the event curation commands share: the database brought up to date, event lookup, and
/// recording one act (append against the stream's version, then apply it).
struct EventCurationSession {
    let session: TimelineSession
    let version: Int64

    init(database: DatabaseOptions) throws {
        session = try database.openSession()
        try TimelineProjection(connection: session.connection).catchUp()
        version = try EventCurationLog(connection: session.connection).version()
    }

    /// The event's id (after merges) and its reports' entry ids; a clear error when there is none.
    func event(_ id: String) throws -> (id: String, mentions: [String]) {
        let queries = EventQueries(connection: session.connection)
        guard let resolved = try queries.resolve(id) else {
            throw ValidationError("No event '\(id)'. `timeline events` lists them; ids look like ev4k0m9x2a7p.")
        }
        let mentions = try session.connection.query(
            "SELECT entry_id FROM event_mentions WHERE event_id = $1 ORDER BY entry_id", [.text(resolved)])
            .map { try $0.string("entry_id") }
        return (resolved, mentions)
    }

    func record(_ event: EventCurationEvent, done: String) throws {
        let position = try EventCurationLog(connection: session.connection).append(event, expectedVersion: version)
        try TimelineProjection(connection: session.connection).catchUp()
        print("\(done) (event at log position \(position)).")
    }

    func close() { session.close() }
}
