import Foundation
import Postgres

/// `timeline serve --port 0` as a child process of a benchmark, on a given database (passed in
/// the environment, never on the command line), until `stop()` sends SIGTERM.
final class ServeProcess {
    let process = Process()
    let base: String
    var pid: Int32 { process.processIdentifier }

    init(database: PostgresConfiguration, sqlDirectory: String?, connections: Int, pageCacheMB: Int) throws {
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
        if let resolved = Bundle.main.executableURL { process.executableURL = resolved }
        var arguments = ["serve", "--port", "0", "--connections", String(connections), "--page-cache-mb", String(pageCacheMB)]
        if let sqlDirectory { arguments += ["--sql-dir", sqlDirectory] }
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["DATABASE_URL"] = database.url(includingPassword: true)
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        // The first line says where it listens: "serving http://127.0.0.1:PORT/ …".
        var line = Data()
        let reader = output.fileHandleForReading
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = reader.availableData
            if chunk.isEmpty { break }
            line.append(chunk)
        }
        let text = String(decoding: line, as: UTF8.self)
        guard let start = text.range(of: "http://"), let end = text[start.upperBound...].firstIndex(of: " ") else {
            process.terminate()
            throw CommandFailure("timeline serve did not start: \(text)")
        }
        base = String(text[start.lowerBound..<end]).trimmingCharacters(in: CharacterSet(charactersIn: "/"))
    }

    /// The server's peak resident set size (`VmHWM` of `/proc/PID/status`), in MB.
    func peakResidentMegabytes() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "") else { return 0 }
        return kilobytes / 1024
    }

    func stop() {
        guard process.isRunning else { return }
        kill(pid, SIGTERM)
        process.waitUntilExit()
    }
}
