/// Why the embedded cluster could not be created, started or stopped.
/// `description` says what failed and what to do; the server log path is included where it helps.
public struct EmbeddedPostgresError: Error, Sendable, CustomStringConvertible {
    /// The kind of failure.
    public enum Code: String, Sendable {
        /// No PostgreSQL server binaries (`initdb`, `pg_ctl`, `postgres`) were found.
        case installationNotFound
        /// A directory could not be created or handed to the `postgres` user.
        case directorySetupFailed
        /// `initdb` failed.
        case initializationFailed
        /// `pg_ctl start` failed or timed out.
        case startFailed
        /// `pg_ctl stop` failed.
        case stopFailed
        /// `initdb`, `pg_ctl` or `pg_config` could not be launched.
        case spawnFailed
        /// `pg_basebackup` could not copy the primary into a standby.
        case backupFailed
        /// The standby is missing, or already made.
        case replicaState
    }

    public let code: Code
    public let message: String

    public init(code: Code, message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { "EmbeddedPostgresError(\(code.rawValue)): \(message)" }
}
