import Postgres

/// Why migrations could not be located, verified or applied. Messages name the file involved.
public struct MigrationError: Error, Sendable, CustomStringConvertible {
    public enum Code: Sendable, Equatable {
        /// No `sql/` directory was found; `tried` lists the places searched, in order.
        case directoryNotFound(tried: [String])
        /// A `.sql` file's name does not look like `001_name.sql`.
        case invalidFileName(String)
        /// Two files share a version number.
        case duplicateVersion(Int, files: [String])
        /// A file that was already applied has been edited (or renamed) since.
        case checksumMismatch(file: String)
        /// A file could not be read.
        case unreadableFile(String)
        /// A file's SQL failed; nothing of it was kept. See ``MigrationError/underlying``.
        case failed(file: String)
        /// Talking to the database failed outside a migration file.
        case database
    }

    public let code: Code
    public let underlying: PostgresError?

    public init(_ code: Code, underlying: PostgresError? = nil) {
        self.code = code
        self.underlying = underlying
    }

    public var description: String {
        switch code {
        case .directoryNotFound(let tried):
            return "no migrations directory found; looked in: " + tried.joined(separator: ", ")
                + ". Pass --sql-dir or set TIMELINE_SQL_DIR."
        case .invalidFileName(let name): return "migration file \(name) is not named like 001_description.sql"
        case .duplicateVersion(let version, let files):
            return "migration version \(version) is used by more than one file: " + files.joined(separator: ", ")
        case .checksumMismatch(let file):
            return "migration \(file) was already applied and has been edited since; add a new migration file instead"
        case .unreadableFile(let file): return "cannot read migration file \(file)"
        case .failed(let file):
            return "migration \(file) failed and was rolled back: " + (underlying.map { String(reflecting: $0) } ?? "unknown error")
        case .database: return "migration bookkeeping failed: " + (underlying.map { String(reflecting: $0) } ?? "unknown error")
        }
    }
}
