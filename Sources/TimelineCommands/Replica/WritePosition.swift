import Foundation
import Postgres

/// The primary's WAL position after this machine's last write command (`ingest`, curation,
/// `reprocess`, …), kept in a small file per primary under the home directory, so that a later
/// read from a standby can first wait until the standby has replayed it: a user reads their own
/// writes even when reads go to a replica.
///
/// ```swift
/// WritePosition(primary: "postgresql://timeline@db:5432/timeline", home: home).record(from: connection)
/// // <home>/write-positions/5c0e…  holds "0/3A2F1C8"
/// ```
struct WritePosition {
    /// Names the primary (never with a password): the redacted URL, or the embedded cluster's directory.
    let primary: String
    /// `$TIMELINE_HOME` or `~/.local/share/timeline`.
    let home: URL

    private var file: URL {
        home.appendingPathComponent("write-positions", isDirectory: true).appendingPathComponent(Self.fnv1a(primary))
    }

    /// Stores the primary's current WAL position. Best effort: a read-only home only means a later
    /// replica read does not wait for this write.
    func record(from connection: PostgresConnection) {
        guard let lsn = try? connection.query("SELECT pg_current_wal_lsn()::text AS lsn").first?["lsn"] else { return }
        try? FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? Data((lsn + "\n").utf8).write(to: file, options: .atomic)
    }

    /// The last recorded position (`"0/3A2F1C8"`), or nil when this machine wrote nothing there yet.
    func last() -> String? {
        guard let text = try? String(contentsOf: file, encoding: .utf8) else { return nil }
        let lsn = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return Self.isLSN(lsn) ? lsn : nil
    }

    /// `X/Y` in hexadecimal, as PostgreSQL writes a `pg_lsn`.
    static func isLSN(_ text: String) -> Bool {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy { !$0.isEmpty && $0.count <= 8 && $0.allSatisfy(\.isHexDigit) }
    }

    private static func fnv1a(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return String(hash, radix: 16)
    }
}
