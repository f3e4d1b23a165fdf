import Foundation
import XCTest

/// Reads from a standby: a real primary (the embedded cluster of a scratch home) and a real
/// streaming standby made by `timeline db replica create`.
final class ReadReplicaCommandTests: XCTestCase {
    private static let actor = "सर्गेई लावरोव"
    private static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("samples/articles.jsonl")

    /// A scratch home with a primary and a standby, both stopped and removed afterwards.
    private func withReplica(_ body: (_ home: String, _ readURL: String) throws -> Void) throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("replica-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        // The postgres OS user (as root) must reach the clusters under it.
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: home.path)
        defer {
            _ = try? TimelineBinary.runStartingServers(["db", "replica", "drop", "--home", home.path])
            _ = try? TimelineBinary.runStartingServers(["db", "stop", "--home", home.path])
            try? FileManager.default.removeItem(at: home)
        }
        let create = try TimelineBinary.runStartingServers(["db", "replica", "create", "--home", home.path])
        XCTAssertEqual(create.status, 0, create.stderr)
        let readURL = try XCTUnwrap(
            create.stdout.split(separator: "\n").first { $0.hasPrefix("read url: ") }.map { String($0.dropFirst("read url: ".count)) },
            create.stdout)
        XCTAssertTrue(readURL.contains("port=5433"), readURL)
        try body(home.path, readURL)
    }

    private func timelineRows(_ home: String, _ extra: [String] = [], environment: [String: String] = [:]) throws -> TimelineBinary.Output {
        try TimelineBinary.runStartingServers(["actor", Self.actor, "--format", "csv", "--home", home] + extra, environment: environment)
    }

    func testReadsGoToTheStandbyAndSeeTheirOwnWrites() throws {
        try withReplica { home, readURL in
            let ingest = try TimelineBinary.runStartingServers(["ingest", "--home", home, Self.samples.path])
            XCTAssertEqual(ingest.status, 0, ingest.stderr)
            // Read right after the write: the command waits for the standby to replay it.
            let fromStandby = try timelineRows(home, ["--read-url", readURL])
            XCTAssertEqual(fromStandby.status, 0, fromStandby.stderr)
            XCTAssertFalse(fromStandby.stderr.contains("reading from the primary"), fromStandby.stderr)
            let fromPrimary = try timelineRows(home)
            XCTAssertGreaterThan(fromPrimary.stdout.split(separator: "\n").count, 1, fromPrimary.stdout)
            XCTAssertEqual(fromStandby.stdout, fromPrimary.stdout, "the standby has the write")

            let status = try TimelineBinary.runStartingServers(["status", "--home", home], environment: ["TIMELINE_READ_URL": readURL])
            XCTAssertEqual(status.status, 0, status.stderr)
            XCTAssertTrue(status.stdout.contains("reading:     standby \(readURL)"), status.stdout)
            XCTAssertTrue(status.stdout.contains("replica:     \(readURL), "), status.stdout)
            XCTAssertTrue(status.stdout.contains("caught up") || status.stdout.contains("bytes behind the primary"), status.stdout)

            // With the primary stopped, the reads still answer: they were never the primary's.
            XCTAssertEqual(try TimelineBinary.runStartingServers(["db", "stop", "--home", home]).status, 0)
            let primaryDown = try timelineRows(home, environment: ["TIMELINE_READ_URL": readURL])
            XCTAssertEqual(primaryDown.status, 0, primaryDown.stderr)
            XCTAssertEqual(primaryDown.stdout, fromPrimary.stdout)
            let stillDown = try TimelineBinary.runStartingServers(["db", "status", "--home", home])
            XCTAssertTrue(stillDown.stdout.contains("running: no"), "no read started the primary: \(stillDown.stdout)")
        }
    }

    func testAStandbyBehindThisMachinesLastWriteIsNotReadAfterTheWait() throws {
        try withReplica { home, readURL in
            XCTAssertEqual(try TimelineBinary.runStartingServers(["ingest", "--home", home, Self.samples.path]).status, 0)
            XCTAssertEqual(try TimelineBinary.runStartingServers(["db", "replica", "stop", "--home", home]).status, 0)
            // A write the stopped standby cannot have replayed.
            let curate = try TimelineBinary.runStartingServers(["actors", "add", "--home", home, "--kind", "person", "परीक्षा देवी"])
            XCTAssertEqual(curate.status, 0, curate.stderr)
            XCTAssertEqual(try TimelineBinary.runStartingServers(["db", "replica", "start", "--home", home]).status, 0)
            let positions = URL(fileURLWithPath: home).appendingPathComponent("write-positions")
            let files = try FileManager.default.contentsOfDirectory(atPath: positions.path)
            XCTAssertEqual(files.count, 1, "one primary written to")
            // Ahead of anything the primary has written: the standby cannot reach it.
            try Data("FF/0\n".utf8).write(to: positions.appendingPathComponent(files[0]))
            let read = try timelineRows(home, ["--read-url", readURL, "--replica-wait", "0"])
            XCTAssertEqual(read.status, 0, read.stderr)
            XCTAssertTrue(read.stderr.contains("has not replayed this machine's last write (FF/0) after 0 s; reading from the primary"), read.stderr)
            XCTAssertGreaterThan(read.stdout.split(separator: "\n").count, 1, read.stdout)
        }
    }

    func testAnUnreachableStandbyIsSaidAndThePrimaryRead() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("replica-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: home.path)
        defer {
            _ = try? TimelineBinary.runStartingServers(["db", "stop", "--home", home.path])
            try? FileManager.default.removeItem(at: home)
        }
        let nowhere = "postgresql://postgres@/timeline?host=\(home.path)/nowhere&port=5433"
        let read = try TimelineBinary.runStartingServers(["actors", "list", "--home", home.path, "--read-url", nowhere])
        XCTAssertEqual(read.status, 0, read.stderr)
        XCTAssertTrue(read.stderr.contains("the standby \(nowhere) could not be reached"), read.stderr)
        XCTAssertTrue(read.stderr.contains("reading from the primary"), read.stderr)
    }

    func testReplicaCommandsExplainThemselvesAndRefuseWhatTheyCannotDo() throws {
        let help = try TimelineBinary.runStartingServers(["db", "replica", "--help"])
        XCTAssertEqual(help.status, 0)
        for word in ["create", "start", "stop", "drop", "status", "TIMELINE_READ_URL", "timeline_replica"] {
            XCTAssertTrue(help.stdout.contains(word), "\(word) in: \(help.stdout)")
        }
        for command in [["actor"], ["actors", "list"], ["events", "list"], ["explain"], ["status"], ["feeds"]] {
            let commandHelp = try TimelineBinary.runStartingServers(command + ["--help"])
            XCTAssertTrue(commandHelp.stdout.contains("--read-url"), "\(command): \(commandHelp.stdout)")
        }
        XCTAssertTrue(try TimelineBinary.runStartingServers(["serve", "--help"]).stdout.contains("--read-url"))

        let external = try TimelineBinary.runStartingServers(["db", "replica", "create", "--database-url", "postgresql://someone@127.0.0.1:1/x"])
        XCTAssertEqual(external.status, 1)
        XCTAssertTrue(external.stderr.contains("makes a standby of the embedded cluster only"), external.stderr)

        let badWait = try TimelineBinary.runStartingServers(["status", "--replica-wait=-1"])
        XCTAssertNotEqual(badWait.status, 0)
        XCTAssertTrue(badWait.stderr.contains("--replica-wait must be a number of seconds, 0 or more"), badWait.stderr)

        let badURL = try TimelineBinary.runStartingServers(["actors", "list", "--read-url", "postgresql://[nonsense"])
        XCTAssertEqual(badURL.status, 1)
        XCTAssertTrue(badURL.stderr.contains("the read replica URL (--read-url or TIMELINE_READ_URL) could not be parsed"), badURL.stderr)
    }
}
