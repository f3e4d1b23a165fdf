import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a program with `posix_spawn` and waits with `waitpid`. Output goes to a file, never to a pipe:
/// `pg_ctl start` leaves a daemon holding inherited descriptors, which would block a pipe reader forever.
enum ProcessRunner {
    /// Runs `arguments[0]` (an absolute path) and returns its exit status; stdout and stderr are
    /// appended to `outputFile`, stdin is `/dev/null`.
    @discardableResult
    static func run(_ arguments: [String], outputFile: String) throws -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputFile, O_WRONLY | O_CREAT | O_APPEND, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawnStatus = posix_spawn(&pid, arguments[0], &actions, nil, argv, environ)
        guard spawnStatus == 0 else {
            throw EmbeddedPostgresError(
                code: .spawnFailed,
                message: "could not launch \(arguments[0]): \(String(cString: strerror(spawnStatus)))")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else {
                throw EmbeddedPostgresError(code: .spawnFailed, message: "waitpid failed for \(arguments[0])")
            }
        }
        // WIFEXITED / WEXITSTATUS, spelled out (the C macros are not imported).
        if status & 0x7f == 0 { return (status >> 8) & 0xff }
        return 128 + (status & 0x7f)
    }

    /// Runs a program and returns its exit status and output (captured through a temporary file).
    static func capture(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let file = FileManager.default.temporaryDirectory
            .appendingPathComponent("timeline-capture-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).txt").path
        defer { unlink(file) }
        let status = try run(arguments, outputFile: file)
        let output = (try? String(contentsOfFile: file, encoding: .utf8)) ?? ""
        return (status, output)
    }

    /// The last `lines` lines of a text file, for error messages.
    static func tail(of file: String, lines: Int = 8) -> String {
        guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { return "" }
        return text.split(separator: "\n", omittingEmptySubsequences: true).suffix(lines).joined(separator: "\n")
    }
}
