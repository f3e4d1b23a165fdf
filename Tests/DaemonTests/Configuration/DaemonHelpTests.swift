import XCTest

/// `timeline daemon --help` documents every configuration key, the spool convention and an example.
final class DaemonHelpTests: XCTestCase {
    func testHelpNamesEveryKeyAndShowsAnExample() throws {
        let help = try DaemonProcess.command(["daemon", "--help"])
        XCTAssertEqual(help.status, 0)
        let keys = ["log_level", "[database] url", "[http] user_agent", "[http] timeout_seconds", "[http] max_bytes",
                    "[http] max_redirects", "[http] serve", "[http] port", "[http] bind", "[http] token_file", "[http] insecure_public", "[backoff] base_seconds", "[backoff] max_seconds", "[spool] directory",
                    "[spool] scan_interval_seconds", "[spool] batch_articles", "[projection] follow", "[fleet] member", "[fleet] lease_seconds", "[metrics] port", "[metrics] address",
                    "[[feeds]] name", "[[feeds]] url", "[[feeds]] interval_seconds", "[[feeds]] timeout_seconds", "[[feeds]] max_bytes"]
        for key in keys { XCTAssertTrue(help.output.contains(key), "help lacks \(key)") }
        XCTAssertTrue(help.output.contains("rename"), "the spool convention")
        XCTAssertTrue(help.output.contains("timeline daemon --config daemon.toml"))
        XCTAssertTrue(help.output.contains("--member"), "the member name on the command line")
        XCTAssertTrue(help.output.contains("kill -9"), "what happens to the feeds of a daemon killed outright")
    }

    func testABadConfigurationNamesTheLineAndKey() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("bad-\(UUID().uuidString).toml")
        try Data("[[feeds]]\nname = \"desh\"\nurl = \"https://samachar.example.in/desh.xml\"\ninterval_seconds = \"पांच\"\n".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let run = try DaemonProcess.command(["daemon", "--config", file.path, "--database-url", "postgresql://nobody@/none?host=/nonexistent"])
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.output.contains("\(file.path):4: key 'feeds[0].interval_seconds': expected a number of seconds"), run.output)
    }
}
