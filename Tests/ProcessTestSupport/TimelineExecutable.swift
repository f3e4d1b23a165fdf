import Foundation

/// The built `timeline` executable, for tests that run it as a person or a service manager would.
public enum TimelineExecutable {
    public struct Missing: Error, CustomStringConvertible {
        public var description: String { "the timeline executable was not found next to the test bundle" }
    }

    /// The executable next to the test bundle (`swift build` puts both in the same directory).
    public static func url() throws -> URL {
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("timeline")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir.deleteLastPathComponent()
        }
        throw Missing()
    }

    /// This process's environment without the variables that would point the executable at
    /// another database or configuration than the test names.
    public static func environment(overriding overrides: [String: String] = [:]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        for key in ["DATABASE_URL", "PGHOST", "PGDATABASE", "PGPORT", "PGUSER", "TIMELINE_DAEMON_CONFIG"] {
            environment[key] = nil
        }
        for (key, value) in overrides { environment[key] = value }
        return environment
    }
}
