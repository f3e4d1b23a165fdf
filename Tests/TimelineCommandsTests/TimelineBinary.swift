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
