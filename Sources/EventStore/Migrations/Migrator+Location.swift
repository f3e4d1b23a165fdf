import Foundation

extension Migrator {
    /// Finds the migrations directory: `explicit` (`--sql-dir`), else `$TIMELINE_SQL_DIR`, else `./sql`,
    /// else a `sql/` directory next to the running executable or in one of its parent directories (so
    /// `.build/debug/timeline` finds the repository's `sql/`). Throws a ``MigrationError`` listing every
    /// place tried.
    public static func locateSQLDirectory(
        explicit: String? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        currentDirectory: String = FileManager.default.currentDirectoryPath,
        executablePath: String? = nil
    ) throws -> URL {
        var tried: [String] = []
        func isDirectory(_ path: String) -> Bool {
            var flag: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &flag) && flag.boolValue
        }
        func hasMigrations(_ path: String) -> Bool {
            guard isDirectory(path), let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return false }
            return names.contains { $0.hasSuffix(".sql") && $0.first?.isNumber == true }
        }
        if let explicit, !explicit.isEmpty {
            let url = URL(fileURLWithPath: explicit, relativeTo: URL(fileURLWithPath: currentDirectory, isDirectory: true)).standardizedFileURL
            guard isDirectory(url.path) else { throw MigrationError(.directoryNotFound(tried: ["--sql-dir \(url.path)"])) }
            return url
        }
        if let fromEnvironment = environment["TIMELINE_SQL_DIR"], !fromEnvironment.isEmpty {
            let url = URL(fileURLWithPath: fromEnvironment, relativeTo: URL(fileURLWithPath: currentDirectory, isDirectory: true)).standardizedFileURL
            guard isDirectory(url.path) else { throw MigrationError(.directoryNotFound(tried: ["TIMELINE_SQL_DIR=\(url.path)"])) }
            return url
        }
        let local = URL(fileURLWithPath: currentDirectory, isDirectory: true).appendingPathComponent("sql").standardizedFileURL
        tried.append(local.path)
        if hasMigrations(local.path) { return local }
        let executable = executablePath ?? Self.currentExecutablePath()
        if let executable {
            var directory = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
            while directory.path != "/" && !directory.path.isEmpty {
                let candidate = directory.appendingPathComponent("sql")
                tried.append(candidate.path)
                if hasMigrations(candidate.path) { return candidate }
                directory = directory.deletingLastPathComponent()
            }
        }
        throw MigrationError(.directoryNotFound(tried: tried))
    }

    static func currentExecutablePath() -> String? {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return path }
        return CommandLine.arguments.first
    }
}
