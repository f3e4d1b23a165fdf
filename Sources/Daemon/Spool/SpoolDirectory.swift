import Foundation

/// The spool directory's layout and file moves.
///
/// Convention for writers: write the file under a name starting with `.` or ending in `.tmp` or
/// `.part` (all ignored), then rename it to its final name in the same directory; a rename is
/// atomic, so the daemon only ever sees complete files. Processed files move to `done/`; files
/// with nothing usable to `rejected/`; either gets a `<name>.reason` beside it when something in
/// it was wrong. A name already taken in `done/` or `rejected/` gets a numeric suffix.
///
/// Example: `/spool/2025-07-13-desh.jsonl` → `/spool/done/2025-07-13-desh.jsonl`, and when line 3
/// had no date, `/spool/done/2025-07-13-desh.jsonl.reason` holding `2025-07-13-desh.jsonl:3 field 'published': is missing`.
public struct SpoolDirectory: Sendable {
    public let root: URL
    public var done: URL { root.appendingPathComponent("done", isDirectory: true) }
    public var rejected: URL { root.appendingPathComponent("rejected", isDirectory: true) }

    public init(root: URL) {
        self.root = root
    }

    /// Creates the directory and its `done/` and `rejected/`.
    public func prepare() throws {
        for directory in [root, done, rejected] {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        }
    }

    /// Complete files waiting, oldest name first (names sort by the writer's choice, e.g. a timestamp).
    public func pending() -> [URL] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: root.path) else { return [] }
        return names.sorted().compactMap { name in
            guard Self.isComplete(name) else { return nil }
            let url = root.appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else { return nil }
            return url
        }
    }

    /// Whether a name is one the daemon takes (not hidden, not a temporary or partial file, not a reason file).
    public static func isComplete(_ name: String) -> Bool {
        !name.hasPrefix(".") && !name.hasSuffix(".tmp") && !name.hasSuffix(".part") && !name.hasSuffix(".reason")
    }

    /// Moves `file` into `done/` or `rejected/`, writing the reasons beside it first when there are any.
    /// Returns nil when the file is gone already: another daemon on the same spool took it.
    @discardableResult
    public func finish(_ file: URL, rejected isRejected: Bool, reasons: [String]) throws -> URL? {
        guard FileManager.default.fileExists(atPath: file.path) else { return nil }
        let target = isRejected ? rejected : done
        let destination = freeName(for: file.lastPathComponent, in: target)
        if !reasons.isEmpty {
            let reasonURL = destination.appendingPathExtension("reason")
            try Data((reasons.joined(separator: "\n") + "\n").utf8).write(to: reasonURL, options: .atomic)
        }
        do {
            try FileManager.default.moveItem(at: file, to: destination)
        } catch where !FileManager.default.fileExists(atPath: file.path) {
            try? FileManager.default.removeItem(at: destination.appendingPathExtension("reason"))
            return nil
        }
        return destination
    }

    private func freeName(for name: String, in directory: URL) -> URL {
        var candidate = directory.appendingPathComponent(name)
        var number = 1
        while FileManager.default.fileExists(atPath: candidate.path) {
            candidate = directory.appendingPathComponent("\(name).\(number)")
            number += 1
        }
        return candidate
    }
}
