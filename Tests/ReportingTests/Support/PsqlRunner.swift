import Foundation

/// Runs SQL through the real `psql` client, as an analyst would.
enum PsqlRunner {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// `psql` on PATH, else the newest under /usr/lib/postgresql/*/bin.
    static func locate() throws -> URL {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent("psql")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        let root = URL(fileURLWithPath: "/usr/lib/postgresql")
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        for version in versions.sorted(by: { (Int($0) ?? 0) > (Int($1) ?? 0) }) {
            let candidate = root.appendingPathComponent(version).appendingPathComponent("bin/psql")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        throw Failure(description: "psql was found neither on PATH nor under /usr/lib/postgresql/*/bin")
    }

    /// `psql -X -q -P pager=off URL` with `sql` on standard input; returns standard output.
    static func run(_ sql: String, url: String) throws -> String {
        let process = Process()
        process.executableURL = try locate()
        process.arguments = ["-X", "-q", "-P", "pager=off", "-v", "ON_ERROR_STOP=1", url]
        var environment = ProcessInfo.processInfo.environment
        for key in environment.keys where key.hasPrefix("PG") { environment[key] = nil }
        environment["LANG"] = "C.UTF-8"
        environment["LC_ALL"] = "C.UTF-8"
        process.environment = environment
        let directory = FileManager.default.temporaryDirectory
        let inURL = directory.appendingPathComponent("psql-in-\(UUID().uuidString)")
        let outURL = directory.appendingPathComponent("psql-out-\(UUID().uuidString)")
        let errURL = directory.appendingPathComponent("psql-err-\(UUID().uuidString)")
        defer { for url in [inURL, outURL, errURL] { try? FileManager.default.removeItem(at: url) } }
        try Data(sql.utf8).write(to: inURL)
        try Data().write(to: outURL)
        try Data().write(to: errURL)
        process.standardInput = try FileHandle(forReadingFrom: inURL)
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        try process.run()
        process.waitUntilExit()
        let output = String(decoding: try Data(contentsOf: outURL), as: UTF8.self)
        let errors = String(decoding: try Data(contentsOf: errURL), as: UTF8.self)
        guard process.terminationStatus == 0 else {
            throw Failure(description: "psql exited with \(process.terminationStatus): \(errors)")
        }
        return output
    }
}
