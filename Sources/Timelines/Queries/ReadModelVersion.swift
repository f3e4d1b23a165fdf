import Postgres

/// Where the read model stands: the projection's checkpoint and the gazetteer's revision. Every
/// change a reader can see (an entry added or taken away, a curation, a new gazetteer) moves one
/// of them, so an answer computed at one version holds as long as the version does.
///
/// `try ReadModelVersion.read(connection)` → `ReadModelVersion(position: 1402, gazetteerRevision: "c41e…")`
public struct ReadModelVersion: Sendable, Hashable {
    public var position: Int64
    public var gazetteerRevision: String

    public init(position: Int64, gazetteerRevision: String) {
        self.position = position
        self.gazetteerRevision = gazetteerRevision
    }

    /// One small prepared statement: two lookups by key.
    public static func read(_ connection: PostgresConnection) throws -> ReadModelVersion {
        let row = try connection.queryPrepared("""
            SELECT coalesce((SELECT position FROM projection_checkpoints WHERE projection = $1), 0) AS position,
                   coalesce((SELECT revision FROM gazetteer_state LIMIT 1), '') AS revision
            """, [.text(TimelineProjection.name)])[0]
        return ReadModelVersion(position: try row.int64("position"), gazetteerRevision: try row.string("revision"))
    }
}
