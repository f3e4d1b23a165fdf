import Foundation
import ActorRecognition
import Postgres

/// The gazetteer kept in PostgreSQL (`actors`, `actor_aliases`), seeded from the curated file.
public final class GazetteerStore: Sendable {
    private let connection: PostgresConnection

    public init(connection: PostgresConnection) {
        self.connection = connection
    }

    /// The revision last written, or `nil` before the first seeding.
    public func storedRevision() throws -> String? {
        try connection.query("SELECT revision FROM gazetteer_state").first?["revision"]
    }

    /// Writes `gazetteer` into the database unless the same revision is already there.
    /// Returns whether anything was written.
    @discardableResult
    public func seed(from gazetteer: Gazetteer) throws -> Bool {
        if try storedRevision() == gazetteer.revision { return false }
        let actors = gazetteer.actors
        try connection.transaction { conn in
            try conn.query("LOCK TABLE gazetteer_state IN EXCLUSIVE MODE")
            try conn.query("""
                INSERT INTO actors (id, kind, canonical_name, latin_name)
                SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])
                ON CONFLICT (id) DO UPDATE SET kind = EXCLUDED.kind, canonical_name = EXCLUDED.canonical_name,
                    latin_name = EXCLUDED.latin_name, seeded_at = now()
                """, [
                    .array(actors.map(\.id)),
                    .array(actors.map { $0.kind.rawValue }),
                    .array(actors.map(\.canonicalName)),
                    .array(actors.map(\.latinName)),
                ])
            try conn.query("DELETE FROM actor_aliases WHERE actor_id = ANY($1::text[])",
                           [.array(actors.map(\.id))])
            let pairs = actors.flatMap { actor in Set(actor.aliases).sorted().map { (actor.id, $0) } }
            try conn.query("""
                INSERT INTO actor_aliases (actor_id, alias)
                SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING
                """, [
                    .array(pairs.map(\.0)),
                    .array(pairs.map(\.1)),
                ])
            try conn.query("""
                INSERT INTO gazetteer_state (singleton, revision) VALUES (true, $1)
                ON CONFLICT (singleton) DO UPDATE SET revision = EXCLUDED.revision, synced_at = now()
                """, [.text(gazetteer.revision)])
        }
        return true
    }

    /// The gazetteer as the database holds it.
    public func load() throws -> Gazetteer {
        let rows = try connection.query("""
            SELECT a.id, a.kind, a.canonical_name, a.latin_name,
                   coalesce(array_to_json(array_agg(al.alias ORDER BY al.alias) FILTER (WHERE al.alias IS NOT NULL)), '[]')::text AS aliases
            FROM actors a LEFT JOIN actor_aliases al ON al.actor_id = a.id
            GROUP BY a.id ORDER BY a.id
            """)
        var actors: [Actor] = []
        for row in rows {
            let id = try row.string("id")
            let kindName = try row.string("kind")
            guard let kind = ActorKind(rawValue: kindName) else {
                throw GazetteerStoreError(reason: "actor \(id) has an unknown kind '\(kindName)'")
            }
            actors.append(Actor(id: id, kind: kind, canonicalName: try row.string("canonical_name"),
                                latinName: row["latin_name"] ?? "", aliases: JSONText.strings(try row.string("aliases"))))
        }
        return Gazetteer(actors: actors)
    }

    /// Seeds from the bundled file if needed, then loads the database's gazetteer with actor
    /// curation (the `actor-curation` stream) applied. The revision names both: it is the seed's
    /// revision until the first curation event, then the hash of the curated content.
    /// With `asOf`, curation recorded after that moment is left out (for `timeline actor … --as-of`).
    public func prepared(asOf: Date? = nil) throws -> (gazetteer: Gazetteer, revision: String) {
        try seed(from: try Gazetteer.bundled())
        return try curated(asOf: asOf)
    }

    /// The database's gazetteer with actor curation applied, as `prepared` gives it but without
    /// seeding: it only reads (for the read-only HTTP API).
    public func curated(asOf: Date? = nil) throws -> (gazetteer: Gazetteer, revision: String) {
        let base = try load()
        let log = CurationLog(connection: connection)
        let curation = try asOf.map { try log.state(asOf: $0) } ?? log.state()
        guard curation.version > 0 else { return (base, try storedRevision() ?? base.revision) }
        let curated = curation.applied(to: base)
        return (curated, curated.revision)
    }
}

/// The database's gazetteer holds something this version cannot read.
public struct GazetteerStoreError: Error, CustomStringConvertible, CustomDebugStringConvertible {
    public var reason: String
    public var description: String { "gazetteer in the database: \(reason)" }
    public var debugDescription: String { description }
}
