import Foundation

/// Finds programs in the directories of `PATH`, as a shell would.
///
/// Example: `ExecutableSearch.path(of: "psql")` → `"/usr/bin/psql"` where PostgreSQL's client is
/// installed; `ExecutableSearch.path(of: "timeline")` → nil until `scripts/install` linked it.
enum ExecutableSearch {
    /// The first executable `name` in `PATH` (default `/usr/bin:/bin`), or nil.
    static func path(of name: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map { "\($0)/\(name)" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
