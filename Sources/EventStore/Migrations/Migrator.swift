import Foundation
import Postgres

/// Applies the numbered SQL files of `sql/` (`001_event_log.sql`, `002_...`) in order, each in its own
/// transaction, and records them with a SHA-256 checksum in `schema_migrations`.
///
/// Running it again is a no-op; an applied file that was edited is refused by name; two migrators on
/// the same database take turns (session advisory lock).
/// ```swift
/// let migrator = Migrator(connection: conn, directory: try Migrator.locateSQLDirectory())
/// try migrator.migrate().map(\.fileName)   // ["001_event_log.sql", "002_append_events.sql"] the first time, [] after
/// ```
public struct Migrator: Sendable {
    /// Key of the session advisory lock held while migrating.
    static let lockKey: Int64 = 7_203_118_002

    public let connection: PostgresConnection
    public let directory: URL

    public init(connection: PostgresConnection, directory: URL) {
        self.connection = connection
        self.directory = directory
    }

    /// Applies pending files and returns them (empty when everything was applied already).
    @discardableResult
    public func migrate() throws -> [AppliedMigration] {
        let files = try MigrationFile.load(from: directory)
        return try withLock {
            let applied = try recorded()
            var pending: [(MigrationFile, String)] = []
            for file in files {
                let sum = try checksum(file.sql)
                if let record = applied[file.version] {
                    guard record.checksum == sum, record.fileName == file.fileName else {
                        throw MigrationError(.checksumMismatch(file: file.fileName))
                    }
                } else {
                    pending.append((file, sum))
                }
            }
            var done: [AppliedMigration] = []
            for (file, sum) in pending {
                do {
                    let row = try connection.transaction { conn in
                        try conn.executeScript(file.sql)
                        return try conn.query(
                            "INSERT INTO schema_migrations (version, file_name, checksum) VALUES ($1, $2, $3) RETURNING applied_at",
                            [.int(Int64(file.version)), .text(file.fileName), .text(sum)])[0]
                    }
                    done.append(AppliedMigration(
                        version: file.version, fileName: file.fileName, checksum: sum, appliedAt: try row.date("applied_at")))
                } catch let error as PostgresError {
                    throw MigrationError(.failed(file: file.fileName), underlying: error)
                }
            }
            return done
        }
    }

    /// Every file and every recorded migration, with its state, in version order.
    public func status() throws -> [MigrationStatus] {
        let files = try MigrationFile.load(from: directory)
        return try withLock {
            let applied = try recorded()
            var lines: [MigrationStatus] = []
            for file in files {
                let state: MigrationStatus.State
                if let record = applied[file.version] {
                    state = try record.checksum == checksum(file.sql) && record.fileName == file.fileName
                        ? .applied(record.appliedAt) : .checksumMismatch
                } else {
                    state = .pending
                }
                lines.append(MigrationStatus(version: file.version, fileName: file.fileName, state: state))
            }
            let present = Set(files.map(\.version))
            for record in applied.values where !present.contains(record.version) {
                lines.append(MigrationStatus(version: record.version, fileName: record.fileName, state: .missingFile))
            }
            return lines.sorted { $0.version < $1.version }
        }
    }

    /// The versions of the migration files not yet recorded in the database, read without the
    /// migration lock and without creating anything: for a read-only server such as a standby,
    /// which replays what the primary applied. Example: `[150]` when 150 is new to this database.
    public func pendingVersions() throws -> [Int] {
        let files = try MigrationFile.load(from: directory)
        do {
            let present = try connection.query("SELECT to_regclass('schema_migrations') IS NOT NULL AS present")
            guard try present.first?.bool("present") == true else { return files.map(\.version) }
            let applied = Set(try connection.query("SELECT version FROM schema_migrations").map { Int(try $0.int64("version")) })
            return files.map(\.version).filter { !applied.contains($0) }
        } catch let error as PostgresError {
            throw MigrationError(.database, underlying: error)
        }
    }

    /// The migrations recorded in the database, in version order.
    public func appliedMigrations() throws -> [AppliedMigration] {
        try withLock { try recorded().values.sorted { $0.version < $1.version } }
    }

    private func withLock<T>(_ body: () throws -> T) throws -> T {
        do {
            try connection.query("SELECT pg_advisory_lock($1)", [.int(Self.lockKey)])
            try connection.executeScript("""
                CREATE TABLE IF NOT EXISTS schema_migrations (
                    version    integer PRIMARY KEY,
                    file_name  text NOT NULL,
                    checksum   text NOT NULL,
                    applied_at timestamptz NOT NULL DEFAULT now()
                )
                """)
        } catch let error as PostgresError {
            _ = try? connection.query("SELECT pg_advisory_unlock($1)", [.int(Self.lockKey)])
            throw MigrationError(.database, underlying: error)
        }
        defer { _ = try? connection.query("SELECT pg_advisory_unlock($1)", [.int(Self.lockKey)]) }
        return try body()
    }

    private func recorded() throws -> [Int: AppliedMigration] {
        do {
            var result: [Int: AppliedMigration] = [:]
            for row in try connection.query("SELECT version, file_name, checksum, applied_at FROM schema_migrations") {
                let version = Int(try row.int64("version"))
                result[version] = AppliedMigration(
                    version: version, fileName: try row.string("file_name"), checksum: try row.string("checksum"),
                    appliedAt: try row.date("applied_at"))
            }
            return result
        } catch let error as PostgresError {
            throw MigrationError(.database, underlying: error)
        }
    }

    /// SHA-256 of the file text, computed by PostgreSQL from a bound parameter.
    private func checksum(_ sql: String) throws -> String {
        do {
            return try connection.query("SELECT encode(sha256(convert_to($1, 'UTF8')), 'hex') AS sum", [.text(sql)])[0].string("sum")
        } catch let error as PostgresError {
            throw MigrationError(.database, underlying: error)
        }
    }
}
