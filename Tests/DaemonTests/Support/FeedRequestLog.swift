import Foundation

/// What a test feed server saw, for the fleet tests: each request's path, the daemon that sent
/// it (by User-Agent) and when, and, per path, the most requests ever in flight at once.
///
/// Example: a handler calls `log.begin(path: "/f7.xml", agent: "fleet d1")`, answers slowly, then
/// `log.end(path: "/f7.xml")`; `log.maxInFlight["/f7.xml"]` is 2 only if another daemon asked
/// for that feed meanwhile.
final class FeedRequestLog: @unchecked Sendable {
    struct Entry {
        var path: String
        var agent: String
        var at: ContinuousClock.Instant
    }

    private let lock = NSLock()
    private var inFlight: [String: Int] = [:]
    private var most: [String: Int] = [:]
    private var seen: [Entry] = []

    func begin(path: String, agent: String) {
        lock.lock(); defer { lock.unlock() }
        seen.append(Entry(path: path, agent: agent, at: .now))
        inFlight[path, default: 0] += 1
        most[path] = max(most[path] ?? 0, inFlight[path] ?? 0)
    }

    func end(path: String) {
        lock.lock(); defer { lock.unlock() }
        inFlight[path, default: 1] -= 1
    }

    var entries: [Entry] {
        lock.lock(); defer { lock.unlock() }
        return seen
    }

    /// Per path, the most requests that were in flight at the same time.
    var maxInFlight: [String: Int] {
        lock.lock(); defer { lock.unlock() }
        return most
    }

    /// Per path, how often the daemon asking changed from one request to the next.
    var holderChanges: [String: Int] {
        var last: [String: String] = [:], changes: [String: Int] = [:]
        for entry in entries {
            if let previous = last[entry.path], previous != entry.agent { changes[entry.path, default: 0] += 1 }
            last[entry.path] = entry.agent
        }
        return changes
    }
}
