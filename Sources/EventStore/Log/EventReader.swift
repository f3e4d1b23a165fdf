import Foundation
import Postgres

/// Reads `events` rows into ``RecordedEvent`` values.
enum EventReader {
    static let selectColumns = "SELECT position, stream_id, version, event_id, event_type, data::text AS data, "
        + "metadata::text AS metadata, recorded_at FROM events"

    static func read(_ connection: PostgresConnection, after position: Int64, limit: Int) throws -> [RecordedEvent] {
        try rows(connection, selectColumns
            + " WHERE position > $1 ORDER BY position LIMIT $2", [.int(position), .int(Int64(max(0, limit)))])
    }

    static func rows(_ connection: PostgresConnection, _ sql: String, _ parameters: [PostgresValue]) throws -> [RecordedEvent] {
        do {
            return try connection.query(sql, parameters).map { row in
                RecordedEvent(
                    position: try row.int64("position"), streamID: try row.string("stream_id"),
                    version: try row.int64("version"), id: try row.uuid("event_id"), type: try row.string("event_type"),
                    data: try row.string("data"), metadata: row["metadata"], recordedAt: try row.date("recorded_at"))
            }
        } catch let error as PostgresError {
            throw EventLogError(.database, underlying: error)
        }
    }
}
