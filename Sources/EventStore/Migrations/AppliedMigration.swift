import Foundation

/// A migration file recorded in `schema_migrations`.
public struct AppliedMigration: Sendable, Equatable {
    /// The number the file name starts with (`001_event_log.sql` → 1).
    public let version: Int
    /// The file name.
    public let fileName: String
    /// Hex SHA-256 of the file's text, computed by PostgreSQL when applied.
    public let checksum: String
    /// When it was applied.
    public let appliedAt: Date
}

/// One line of ``Migrator/status()``.
public struct MigrationStatus: Sendable, Equatable {
    public enum State: Sendable, Equatable {
        /// Applied, and the file is unchanged.
        case applied(Date)
        /// Present in the directory, not applied yet.
        case pending
        /// Applied, but the file has been edited since.
        case checksumMismatch
        /// Recorded as applied, but no longer in the directory.
        case missingFile
    }

    public let version: Int
    public let fileName: String
    public let state: State
}

/// A `NNN_name.sql` file in the migrations directory.
struct MigrationFile: Sendable {
    let version: Int
    let fileName: String
    let sql: String

    /// Reads and orders the migration files in `directory`: its top level only, so a folder such
    /// as `sql/citus/` (scripts run by hand, not migrations) is never applied.
    static func load(from directory: URL) throws -> [MigrationFile] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".sql") }
        } catch {
            throw MigrationError(.directoryNotFound(tried: [directory.path]))
        }
        var files: [MigrationFile] = []
        for name in names {
            let digits = name.prefix { $0.isASCII && $0.isNumber }
            guard digits.count >= 3, let version = Int(digits), name.dropFirst(digits.count).first == "_" else {
                throw MigrationError(.invalidFileName(name))
            }
            guard let sql = try? String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8) else {
                throw MigrationError(.unreadableFile(name))
            }
            files.append(MigrationFile(version: version, fileName: name, sql: sql))
        }
        let byVersion = Dictionary(grouping: files, by: \.version)
        if let clash = byVersion.first(where: { $0.value.count > 1 }) {
            throw MigrationError(.duplicateVersion(clash.key, files: clash.value.map(\.fileName).sorted()))
        }
        return files.sorted { $0.version < $1.version }
    }
}
