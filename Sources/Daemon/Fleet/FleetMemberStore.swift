import Postgres

/// The `daemon_members` table (sql/155_feed_leases.sql): the daemons sharing the feeds of one
/// database, each with its heartbeat. A member is live while its last heartbeat is younger than
/// its lease duration, the same time after which its feed leases expire.
///
/// Example: after `heartbeat(FleetMemberStore.Member(name: "ingest-1", host: "khabar-1", pid: 4121,
/// spoolDirectory: "/var/spool/timeline-1", leaseSeconds: 30), …)` and the same for "ingest-2",
/// `liveCount(connection)` is 2; `leave(member: "ingest-1", …)` makes it 1.
public enum FleetMemberStore {
    /// What one daemon says of itself.
    public struct Member: Sendable, Equatable {
        public var name: String
        public var host: String
        public var pid: Int32
        public var spoolDirectory: String?
        public var leaseSeconds: Double

        public init(name: String, host: String, pid: Int32, spoolDirectory: String?, leaseSeconds: Double) {
            self.name = name
            self.host = host
            self.pid = pid
            self.spoolDirectory = spoolDirectory
            self.leaseSeconds = leaseSeconds
        }
    }

    /// Says the member is alive now (creating its row the first time, and anew when another
    /// process took the name), and forgets members not seen for a day.
    public static func heartbeat(_ member: Member, connection: PostgresConnection) throws {
        try connection.query("""
            INSERT INTO daemon_members (member, host, pid, spool_directory, lease_seconds) VALUES ($1, $2, $3, $4, $5)
            ON CONFLICT (member) DO UPDATE SET
                started_at = CASE WHEN daemon_members.host = EXCLUDED.host AND daemon_members.pid = EXCLUDED.pid
                                  THEN daemon_members.started_at ELSE now() END,
                host = EXCLUDED.host, pid = EXCLUDED.pid, spool_directory = EXCLUDED.spool_directory,
                lease_seconds = EXCLUDED.lease_seconds, seen_at = now()
            """, [.text(member.name), .text(member.host), .int(Int64(member.pid)),
                  member.spoolDirectory.map(PostgresValue.text) ?? .null, .double(member.leaseSeconds)])
        try connection.query("DELETE FROM daemon_members WHERE seen_at < now() - interval '1 day'")
    }

    /// How many members are live (the caller included once it has sent a heartbeat).
    public static func liveCount(_ connection: PostgresConnection) throws -> Int {
        Int(try connection.query("""
            SELECT count(*) AS n FROM daemon_members WHERE seen_at + make_interval(secs => lease_seconds) > now()
            """)[0].int64("n"))
    }

    /// The other live members on `host` whose spool directory is `directory`: (name, pid).
    public static func liveSharingSpool(
        _ directory: String, host: String, except member: String, connection: PostgresConnection
    ) throws -> [(name: String, pid: Int32)] {
        try connection.query("""
            SELECT member, pid FROM daemon_members
            WHERE member <> $1 AND host = $2 AND spool_directory = $3
              AND seen_at + make_interval(secs => lease_seconds) > now()
            ORDER BY member
            """, [.text(member), .text(host), .text(directory)]).map { row in
            (name: try row.string("member"), pid: Int32(truncatingIfNeeded: try row.int64("pid")))
        }
    }

    /// Removes the member's row: it no longer counts as live.
    public static func leave(member: String, connection: PostgresConnection) throws {
        try connection.query("DELETE FROM daemon_members WHERE member = $1", [.text(member)])
    }
}
