import Foundation

/// The Chromium on this machine, run headless on a local page: a screenshot, or the DOM after the page's
/// scripts ran. Each run has a fresh profile and is ended when it exceeds its time limit.
struct HeadlessChromium {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let executable: URL

    /// The names looked for on PATH, in order.
    static let names = ["chromium", "chromium-browser"]

    /// The first Chromium on PATH, or nil.
    static func find() -> HeadlessChromium? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for name in names {
            for dir in path.split(separator: ":") {
                let candidate = URL(fileURLWithPath: String(dir)).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return HeadlessChromium(executable: candidate) }
            }
        }
        return nil
    }

    /// A PNG of the page as a window of the given size shows it.
    func screenshot(of page: URL, to png: URL, width: Int, height: Int, timeout: TimeInterval = 60) throws {
        try? FileManager.default.removeItem(at: png)
        let run = try self.run(["--screenshot=\(png.path)", "--window-size=\(width),\(height)", "--hide-scrollbars",
                                "--force-device-scale-factor=1", page.absoluteString], timeout: timeout)
        guard FileManager.default.fileExists(atPath: png.path) else {
            throw Failure(description: "chromium wrote no screenshot (exit \(run.status)): \(run.stderr.suffix(2000))")
        }
    }

    /// The document as serialized after loading, with its scripts run.
    func dumpDOM(of page: URL, timeout: TimeInterval = 60) throws -> String {
        let run = try self.run(["--dump-dom", page.absoluteString], timeout: timeout)
        guard run.status == 0, run.stdout.contains("</html>") else {
            throw Failure(description: "chromium --dump-dom failed (exit \(run.status)): \(run.stderr.suffix(2000))")
        }
        return run.stdout
    }

    private func run(_ arguments: [String], timeout: TimeInterval) throws -> (status: Int32, stdout: String, stderr: String) {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("chromium-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let outURL = work.appendingPathComponent("stdout"), errURL = work.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let stdout = try FileHandle(forWritingTo: outURL), stderr = try FileHandle(forWritingTo: errURL)
        defer {
            try? stdout.close()
            try? stderr.close()
        }

        // `timeout` (coreutils) ends Chromium together with the processes it started; the deadline
        // below is the backstop where it is missing.
        let process = Process()
        let chromiumArguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
                                 "--disable-extensions", "--disable-dev-shm-usage", "--user-data-dir=\(work.appendingPathComponent("profile").path)"]
            + arguments
        let coreutilsTimeout = "/usr/bin/timeout"
        if FileManager.default.isExecutableFile(atPath: coreutilsTimeout) {
            process.executableURL = URL(fileURLWithPath: coreutilsTimeout)
            process.arguments = ["-k", "5", String(Int(timeout)), executable.path] + chromiumArguments
        } else {
            process.executableURL = executable
            process.arguments = chromiumArguments
        }
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(timeout + 10)
        while process.isRunning && Date() < deadline { usleep(50_000) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            throw Failure(description: "chromium did not finish within \(Int(timeout)) s")
        }
        let out = (try? String(contentsOf: outURL, encoding: .utf8)) ?? ""
        let err = (try? String(contentsOf: errURL, encoding: .utf8)) ?? ""
        if process.terminationStatus == 124 || process.terminationStatus == 137 {
            throw Failure(description: "chromium did not finish within \(Int(timeout)) s and was ended")
        }
        return (process.terminationStatus, out, err)
    }
}
