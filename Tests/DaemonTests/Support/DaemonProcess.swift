import Foundation
import ProcessTestSupport
import XCTest

/// The built `timeline daemon` executable, started as a separate process (as a service manager would).
final class DaemonProcess {
    let process = Process()
    let logURL: URL

    /// Starts `timeline daemon --config config --database-url url` (and `arguments`), its stderr
    /// (the log) into a file.
    init(config: URL, databaseURL: String, arguments: [String] = []) throws {
        logURL = FileManager.default.temporaryDirectory.appendingPathComponent("daemon-log-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: logURL.path, contents: nil)
        process.executableURL = try TimelineExecutable.url()
        process.arguments = ["daemon", "--config", config.path, "--database-url", databaseURL] + arguments
        process.environment = TimelineExecutable.environment()
        let log = try FileHandle(forWritingTo: logURL)
        process.standardOutput = log
        process.standardError = log
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    var log: String { (try? String(contentsOf: logURL, encoding: .utf8)) ?? "" }

    func kill9() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// Sends SIGTERM and waits up to `limit` for the exit; returns the exit status and the time it took.
    func terminate(within limit: Duration) throws -> (status: Int32, took: Duration) {
        let start = ContinuousClock.now
        kill(process.processIdentifier, SIGTERM)
        while process.isRunning {
            if ContinuousClock.now - start > limit {
                kill(process.processIdentifier, SIGKILL)
                process.waitUntilExit()
                throw DaemonHarness.TimedOut(what: "exit after SIGTERM within \(limit)")
            }
            usleep(20_000)
        }
        return (process.terminationStatus, ContinuousClock.now - start)
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        try? FileManager.default.removeItem(at: logURL)
    }
}

extension DaemonProcess {
    /// Runs a `timeline` command to completion and returns its exit status and standard output.
    static func command(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = try TimelineExecutable.url()
        process.arguments = arguments
        let outURL = FileManager.default.temporaryDirectory.appendingPathComponent("timeline-cmd-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: outURL) }
        let handle = try FileHandle(forWritingTo: outURL)
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        var environment = ProcessInfo.processInfo.environment
        for key in ["DATABASE_URL", "PGHOST", "PGDATABASE", "PGPORT", "PGUSER"] { environment[key] = nil }
        process.environment = environment
        try process.run()
        process.waitUntilExit()
        return (process.terminationStatus, (try? String(contentsOf: outURL, encoding: .utf8)) ?? "")
    }
}
