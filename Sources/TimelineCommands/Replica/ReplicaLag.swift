import Foundation
import Postgres

/// How far a standby is behind its primary, for `timeline status`.
///
/// ```swift
/// try ReplicaLag.measure(standby: standbyConnection, primary: primaryConnection).line
/// // "replica:     standby postgresql://postgres@/timeline?host=…&port=5433, caught up (replayed 0/3A2F1C8)"
/// // "replica:     standby …, 81920 bytes behind the primary, last replayed transaction 0.4 s ago"
/// ```
struct ReplicaLag: Encodable, Equatable {
    /// The standby, never with a password.
    let standby: String
    /// False when the standby could not be reached; the other fields are then empty.
    var reachable = true
    /// False when the read URL names a server that is not replaying (a primary).
    let inRecovery: Bool
    /// The standby's replay position (`0/3A2F1C8`), nil when not in recovery.
    let replayed: String?
    /// WAL bytes the primary has written that the standby has not replayed; nil when the primary
    /// could not be asked.
    let bytesBehind: Int64?
    /// Seconds since the last transaction the standby replayed committed on the primary; nil when it
    /// replayed none since it started.
    let secondsSinceLastReplay: Double?

    /// Asks the standby for its replay position and the primary (when reachable) for its WAL position.
    static func measure(standby description: String, standby connection: PostgresConnection, primary: PostgresConnection?) throws -> ReplicaLag {
        let row = try connection.query("""
            SELECT pg_is_in_recovery() AS recovery, pg_last_wal_replay_lsn()::text AS replayed,
                   extract(epoch FROM now() - pg_last_xact_replay_timestamp())::float8 AS since
            """)[0]
        let replayed = row["replayed"]
        var behind: Int64?
        if let primary, let replayed,
            let current = try primary.query("SELECT pg_current_wal_lsn()::text AS lsn").first?["lsn"] {
            let diff = try primary.query(
                "SELECT greatest(pg_wal_lsn_diff($1::pg_lsn, $2::pg_lsn), 0)::int8 AS bytes", [.text(current), .text(replayed)])
            behind = try diff[0].int64("bytes")
        }
        return ReplicaLag(
            standby: description, inRecovery: try row.bool("recovery"), replayed: replayed, bytesBehind: behind,
            secondsSinceLastReplay: row["since"].flatMap(Double.init))
    }

    /// A standby that did not answer.
    static func unreachable(_ description: String) -> ReplicaLag {
        ReplicaLag(standby: description, reachable: false, inRecovery: false, replayed: nil, bytesBehind: nil, secondsSinceLastReplay: nil)
    }

    /// One line of `timeline status`.
    var line: String {
        var text = "replica:     \(standby)"
        guard reachable else { return text + ", unreachable" }
        guard inRecovery, let replayed else { return text + ", not a standby (not in recovery): it is read as a primary" }
        switch bytesBehind {
        case 0?:
            text += ", caught up (replayed \(replayed))"
        case let bytes?:
            text += ", \(bytes) bytes behind the primary (replayed \(replayed))"
            if let seconds = secondsSinceLastReplay { text += String(format: ", last replayed transaction %.1f s ago", seconds) }
        case nil:
            text += ", replayed \(replayed) (the primary could not be asked for its position)"
        }
        return text
    }
}
