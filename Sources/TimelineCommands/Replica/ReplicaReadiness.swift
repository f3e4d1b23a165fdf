import Foundation
import Postgres

/// Whether a standby can serve a read now: reachable, holding this version's schema, and past
/// this machine's last write to the primary.
///
/// ```swift
/// ReplicaReadiness.check(standby, waitingFor: "0/3A2F1C8", seconds: 10) { _ in 0 }
/// // .ready(connection) once pg_last_wal_replay_lsn() >= '0/3A2F1C8' on the standby
/// ```
enum ReplicaReadiness {
    case ready(PostgresConnection)
    /// Why not, for standard error.
    case notReady(String)

    /// Connects to `standby` and waits up to `seconds` for it to replay `position`. A server that is
    /// not in recovery (a primary given as the read URL) is ready at once. `pendingMigrations`
    /// counts the migrations of this version the standby has not replayed.
    static func check(
        _ standby: PostgresConfiguration, waitingFor position: String?, seconds: Double,
        pendingMigrations: (PostgresConnection) throws -> Int
    ) -> ReplicaReadiness {
        let description = standby.redactedDescription
        let connection: PostgresConnection
        do {
            connection = try PostgresConnection.connect(standby)
        } catch {
            return .notReady(ReplicaWording.unreachable(description, String(describing: error)))
        }
        do {
            if let position, !(try caughtUp(connection, with: position, within: seconds)) {
                connection.close()
                return .notReady(ReplicaWording.notCaughtUp(description, position: position, seconds: seconds))
            }
            guard try connection.query("SELECT to_regclass('events') IS NOT NULL AS present")[0].bool("present") else {
                connection.close()
                return .notReady(ReplicaWording.noSchema(description))
            }
            let pending = try pendingMigrations(connection)
            guard pending == 0 else {
                connection.close()
                return .notReady(ReplicaWording.schemaBehind(description, pending: pending))
            }
            return .ready(connection)
        } catch {
            connection.close()
            return .notReady(ReplicaWording.unreachable(description, String(describing: error)))
        }
    }

    /// Polls the standby's replay position every 20 ms until it reaches `position` or time is up.
    private static func caughtUp(_ connection: PostgresConnection, with position: String, within seconds: Double) throws -> Bool {
        let deadline = ContinuousClock.now + .milliseconds(Int64(seconds * 1_000))
        while true {
            // NULL when the server is not a standby: then it is the primary, and has the write.
            let row = try connection.query(
                "SELECT coalesce(pg_last_wal_replay_lsn() >= $1::pg_lsn, true) AS replayed", [.text(position)])[0]
            if try row.bool("replayed") { return true }
            if ContinuousClock.now >= deadline { return false }
            usleep(20_000)
        }
    }
}
