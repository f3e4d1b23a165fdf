import EmbeddedPostgres
import Postgres

/// The local standby of the configured embedded cluster, and its slot on the primary.
enum ReplicaTarget {
    /// The standby of `database`'s embedded cluster; an external server has none to make here.
    static func embedded(_ database: DatabaseOptions, port: Int) throws -> EmbeddedReplica {
        guard case .embedded(let cluster) = try database.target() else { throw CommandFailure(ReplicaWording.noEmbeddedReplica) }
        return EmbeddedReplica(primary: cluster, port: port)
    }
}

/// The replication slot ``EmbeddedReplica/slotName`` on the primary.
enum ReplicaSlot {
    static func exists(on primary: PostgresConfiguration) throws -> Bool {
        let connection = try PostgresConnection.connect(primary)
        defer { connection.close() }
        return !(try connection.query("SELECT 1 FROM pg_replication_slots WHERE slot_name = $1", [.text(EmbeddedReplica.slotName)]).isEmpty)
    }

    /// Drops the slot if it exists; returns whether it did.
    static func drop(on primary: PostgresConfiguration) throws -> Bool {
        let connection = try PostgresConnection.connect(primary)
        defer { connection.close() }
        let rows = try connection.query(
            "SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots WHERE slot_name = $1", [.text(EmbeddedReplica.slotName)])
        return !rows.isEmpty
    }
}
