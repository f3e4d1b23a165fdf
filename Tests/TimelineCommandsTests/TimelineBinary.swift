import Foundation
import ProcessTestSupport
import XCTest

/// Runs the built `timeline` executable, as a person or a script would.
enum TimelineBinary {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The executable next to the test bundle.
    static func url() throws -> URL { try TimelineExecutable.url() }

    /// Runs to completion, with output captured through files (no pipe can fill up and block).
    static func run(_ arguments: [String], environment: [String: String] = [:], stdin: String? = nil) throws -> Output {
        let process = try start(arguments, environment: environment, stdin: stdin)
        process.process.waitUntilExit()
        return process.output()
    }

    /// Runs to completion with `posix_spawn` and `waitpid`, for commands that start a PostgreSQL
    /// server: the server keeps descriptors inherited from the command, on which Foundation's
    /// `Process` would wait for ever.
    static func runStartingServers(_ arguments: [String], environment: [String: String] = [:]) throws -> Output {
        let tmp = FileManager.default.temporaryDirectory
        let outURL = tmp.appendingPathComponent("timeline-out-\(UUID().uuidString)")
        let errURL = tmp.appendingPathComponent("timeline-err-\(UUID().uuidString)")
        defer {
            try? FileManager.default.removeItem(at: outURL)
            try? FileManager.default.removeItem(at: errURL)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outURL.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errURL.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let executable = try url().path
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = TimelineExecutable.environment(overriding: environment).map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        guard spawned == 0 else { throw CocoaError(.executableLoad, userInfo: ["errno": spawned]) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        let exit = status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Output(
            status: exit, stdout: (try? String(contentsOf: outURL, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOf: errURL, encoding: .utf8)) ?? "")
    }

    final class Running {
        let process: Process
        let outURL: URL
        let errURL: URL
        init(process: Process, outURL: URL, errURL: URL) {
            self.process = process
            self.outURL = outURL
            self.errURL = errURL
        }
        func output() -> Output {
            let out = (try? String(contentsOf: outURL, encoding: .utf8)) ?? ""
            let err = (try? String(contentsOf: errURL, encoding: .utf8)) ?? ""
            try? FileManager.default.removeItem(at: outURL)
            try? FileManager.default.removeItem(at: errURL)
            return Output(status: process.terminationStatus, stdout: out, stderr: err)
        }
    }

    static func start(_ arguments: [String], environment: [String: String] = [:], stdin: String? = nil) throws -> Running {
        let process = Process()
        process.executableURL = try url()
        process.arguments = arguments
        process.environment = TimelineExecutable.environment(overriding: environment)
        let tmp = FileManager.default.temporaryDirectory
        let outURL = tmp.appendingPathComponent("timeline-out-\(UUID().uuidString)")
        let errURL = tmp.appendingPathComponent("timeline-err-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        if let stdin {
            let inURL = tmp.appendingPathComponent("timeline-in-\(UUID().uuidString)")
            try Data(stdin.utf8).write(to: inURL)
            process.standardInput = try FileHandle(forReadingFrom: inURL)
            // What is typed (a test password, say) never stays on disk: the open handle still reads it.
            try? FileManager.default.removeItem(at: inURL)
        } else {
            process.standardInput = FileHandle.nullDevice
        }
        try process.run()
        return Running(process: process, outURL: outURL, errURL: errURL)
    }
}
