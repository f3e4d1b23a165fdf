import Foundation
import ProcessTestSupport
import XCTest

/// What a newcomer types: every command the demo suggests and every command under the README's
/// "Using it", run as printed by a shell, from a folder that looks like the repository (its
/// `samples/` and `deploy/`), with `timeline` on the PATH and a fresh embedded cluster. Each must
/// succeed; the daemon must start and stop cleanly on SIGTERM.
final class ReadmeCommandsTests: XCTestCase {
    private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The lines of the first `sh` block under "## Using it" that start with `timeline`, without comments.
    static func usingItCommands() throws -> [String] {
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try XCTUnwrap(readme.range(of: "## Using it"), "README has a \"Using it\" section")
        let rest = readme[section.upperBound...]
        let open = try XCTUnwrap(rest.range(of: "```sh\n"))
        let close = try XCTUnwrap(rest[open.upperBound...].range(of: "```"))
        return rest[open.upperBound..<close.lowerBound].split(separator: "\n").compactMap { line in
            guard line.hasPrefix("timeline ") else { return nil }
            let command = line.range(of: "  #").map { line[..<$0.lowerBound] } ?? line[...]
            return command.trimmingCharacters(in: .whitespaces)
        }
    }

    /// A shell that finds `timeline` on the PATH, in a scratch folder, on its own embedded cluster.
    struct Shell {
        let folder: URL
        let environment: [String: String]

        init() throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("newcomer-\(UUID().uuidString)", isDirectory: true)
            let bin = folder.appendingPathComponent("bin", isDirectory: true)
            try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(at: bin.appendingPathComponent("timeline"), withDestinationURL: try TimelineExecutable.url())
            for name in ["samples", "deploy"] {
                try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent(name), withDestinationURL: root.appendingPathComponent(name))
            }
            // The postgres OS user (as root) must reach the cluster's home.
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
            let path = bin.path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
            environment = TimelineExecutable.environment(overriding: ["TIMELINE_HOME": folder.appendingPathComponent("home").path, "PATH": path])
        }

        /// Starts `bash -c command` in the folder, output to a file. Spawned with posix_spawn and
        /// reaped with waitpid: a command that starts the cluster leaves a server holding inherited
        /// descriptors, which Foundation's Process would wait on forever.
        func start(_ command: String) throws -> (pid: pid_t, output: URL) {
            let output = folder.appendingPathComponent("output-\(UUID().uuidString)")
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 1, output.path, O_WRONLY | O_CREAT | O_APPEND, 0o644)
            posix_spawn_file_actions_adddup2(&actions, 1, 2)
            let script = "cd '\(folder.path)' && " + command
            let argv: [UnsafeMutablePointer<CChar>?] = ["/bin/bash", "-c", script].map { (word: String) in strdup(word) } + [nil]
            let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
            defer { (argv + envp).forEach { free($0) } }
            var pid: pid_t = 0
            let status = posix_spawn(&pid, "/bin/bash", &actions, nil, argv, envp)
            guard status == 0 else { throw SpawnFailed(command: command, errno: status) }
            return (pid, output)
        }

        struct SpawnFailed: Error { var command: String; var errno: Int32 }

        /// Waits for `pid`; its exit status (128 + signal when killed).
        static func wait(_ pid: pid_t) -> Int32 {
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0, errno == EINTR {}
            return status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        }

        func run(_ command: String) throws -> (status: Int32, output: String) {
            let (pid, output) = try start(command)
            let status = Self.wait(pid)
            return (status, (try? String(contentsOf: output, encoding: .utf8)) ?? "")
        }

        /// Stops the cluster and removes the folder.
        func close() {
            _ = try? run("timeline db stop")
            try? FileManager.default.removeItem(at: folder)
        }
    }

    func testEveryCommandTheDemoAndTheReadmeShowRunsAsPrinted() throws {
        let commands = try Self.usingItCommands()
        XCTAssertGreaterThanOrEqual(commands.count, 15, "\(commands)")
        let shell = try Shell()
        defer { shell.close() }

        let demo = try shell.run("timeline demo")
        XCTAssertEqual(demo.status, 0, demo.output)
        let place = try XCTUnwrap(demo.output.split(separator: "\n").first { $0.hasPrefix("database: embedded PostgreSQL in ") }, demo.output)
        let directory = String(place.dropFirst("database: embedded PostgreSQL in ".count).split(separator: " ").first ?? "")
        XCTAssertTrue(FileManager.default.fileExists(atPath: directory + "/data"), "the demo names where the cluster is: \(place)")
        let next = try XCTUnwrap(demo.output.split(separator: "\n").first { $0.hasPrefix("Next: ") }, demo.output)
        let suggested = next.dropFirst("Next: ".count).components(separatedBy: " | ")
        XCTAssertGreaterThanOrEqual(suggested.count, 3, String(next))
        for command in suggested {
            let run = try shell.run(command)
            XCTAssertEqual(run.status, 0, "the demo suggests `\(command)`, which printed:\n\(run.output)")
        }

        for command in commands {
            if command.hasPrefix("timeline daemon") {
                try checkDaemon(command, shell)
                continue
            }
            let run = try shell.run(command)
            XCTAssertEqual(run.status, 0, "the README shows `\(command)`, which printed:\n\(run.output)")
        }
        let listed = try shell.run("timeline actors")
        XCTAssertTrue(listed.output.contains("`timeline actors --all` lists all"), listed.output)
        XCTAssertTrue(FileManager.default.fileExists(atPath: shell.folder.appendingPathComponent("lavrov.html").path))
    }

    /// The `curl` lines of the first `sh` block under "## The HTTP API".
    static func apiExamples() throws -> [String] {
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try XCTUnwrap(readme.range(of: "## The HTTP API"), "README has an \"The HTTP API\" section")
        let rest = readme[section.upperBound...]
        let open = try XCTUnwrap(rest.range(of: "```sh\n"))
        let close = try XCTUnwrap(rest[open.upperBound...].range(of: "```"))
        return rest[open.upperBound..<close.lowerBound].split(separator: "\n").compactMap { line in
            guard line.hasPrefix("curl ") else { return nil }
            let command = line.range(of: "  #").map { line[..<$0.lowerBound] } ?? line[...]
            return command.trimmingCharacters(in: .whitespaces)
        }
    }

    /// The README's API examples against `timeline serve` on the demo's database, as printed (on
    /// the port the server picked); then SIGTERM stops the server gracefully, with exit status 0.
    func testTheHTTPAPIExamplesOfTheReadmeRunAsPrinted() throws {
        let examples = try Self.apiExamples()
        XCTAssertGreaterThanOrEqual(examples.count, 8, "\(examples)")
        let shell = try Shell()
        defer { shell.close() }
        let demo = try shell.run("timeline demo")
        XCTAssertEqual(demo.status, 0, demo.output)
        let (pid, output) = try shell.start("exec timeline serve --port 0")
        var log = "", port: Int?
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, port == nil {
            log = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
            if let start = log.range(of: "serving http://127.0.0.1:") {
                port = Int(log[start.upperBound...].prefix { $0.isNumber })
            }
            var status: Int32 = 0
            if port == nil, waitpid(pid, &status, WNOHANG) == pid { break }
            if port == nil { usleep(100_000) }
        }
        guard let port else { return XCTFail("timeline serve did not start:\n\(log)") }
        for example in examples {
            let command = example.replacingOccurrences(of: "127.0.0.1:8080", with: "127.0.0.1:\(port)")
            let run = try shell.run(command)
            XCTAssertEqual(run.status, 0, "the README shows `\(example)`, which printed:\n\(run.output)")
            XCTAssertFalse(run.output.isEmpty, example)
            if example.contains("from=July") {
                XCTAssertTrue(run.output.contains("\"parameter\":\"from\""), run.output)
            } else if !example.contains("-D -") {
                XCTAssertNotNil(try? JSONSerialization.jsonObject(with: Data(run.output.utf8)), "\(example) gives JSON: \(run.output)")
                XCTAssertFalse(run.output.contains("\"status\":4"), "\(example): \(run.output)")
            } else {
                XCTAssertTrue(run.output.lowercased().contains("etag: \""), run.output)
                XCTAssertTrue(run.output.lowercased().contains("content-encoding: gzip"), run.output)
            }
        }
        kill(pid, SIGTERM)
        XCTAssertEqual(Shell.wait(pid), 0, "timeline serve after SIGTERM:\n\((try? String(contentsOf: output, encoding: .utf8)) ?? "")")
    }

    /// The daemon runs until SIGTERM: it must start (its log says so) and then exit 0.
    private func checkDaemon(_ command: String, _ shell: Shell) throws {
        // deploy/daemon.toml names the compose setup's spool directory: removed again if this run made it.
        let spool = "/var/spool/timeline"
        let madeHere = !FileManager.default.fileExists(atPath: spool)
        defer { if madeHere { try? FileManager.default.removeItem(atPath: spool) } }
        let (pid, output) = try shell.start("exec " + command)
        let deadline = Date().addingTimeInterval(30)
        var log = ""
        var exited = false
        while Date() < deadline {
            log = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid { exited = true; break }
            if log.contains("daemon started") { break }
            usleep(100_000)
        }
        XCTAssertTrue(!exited && log.contains("daemon started"), "`\(command)` did not start:\n\(log)")
        guard !exited else { return }
        kill(pid, SIGTERM)
        let status = Shell.wait(pid)
        XCTAssertEqual(status, 0, "`\(command)` after SIGTERM:\n\((try? String(contentsOf: output, encoding: .utf8)) ?? "")")
    }
}
