import Foundation
import Postgres
import Synchronization

/// Drops the databases of finished tests on a thread of its own, so that a test's teardown never
/// waits for a `DROP DATABASE`.
///
/// Since PostgreSQL 15, `DROP DATABASE` waits until every backend of the server has answered a
/// signal barrier, and a backend blocked sending rows to a client that is not reading (a tailing
/// reader, say, whose task waits for a thread of Swift's cooperative pool) answers only once the
/// client reads again. Tests run on that pool, which has one thread per core: two teardowns blocked
/// in `DROP DATABASE` on a two-core machine leave no thread for the reader, and nothing moves
/// again. Handing the drop to this thread lets the reader run, and the drop then completes.
/// Drops still pending when the process exits are finished first (`atexit`).
final class DatabaseDropper: Sendable {
    private let pending = Mutex<[String]>([])
    private let work = DispatchSemaphore(value: 0)
    private let idle = Mutex<Bool>(true)
    private let done = DispatchSemaphore(value: 0)

    init() {
        let thread = Thread { [self] in self.run() }
        thread.name = "test database dropper"
        thread.start()
    }

    /// Queues the database named in `url` for dropping and returns at once.
    func dropLater(_ url: String) {
        pending.withLock { $0.append(url) }
        idle.withLock { $0 = false }
        work.signal()
    }

    /// Waits until every queued database is dropped.
    func finish() {
        while !(idle.withLock { $0 } && pending.withLock { $0.isEmpty }) {
            done.wait()
        }
    }

    private func run() {
        while true {
            work.wait()
            while let url = pending.withLock({ $0.isEmpty ? nil : $0.removeFirst() }) {
                try? TestDatabase.drop(url)
            }
            idle.withLock { $0 = true }
            done.signal()
        }
    }
}
