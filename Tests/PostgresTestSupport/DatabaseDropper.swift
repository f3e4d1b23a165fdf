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
    /// Databases waiting for the thread, and how many of those queued are not dropped yet.
    private struct State {
        var queue: [String] = []
        var outstanding = 0
    }

    private let state = Mutex(State())
    private let work = DispatchSemaphore(value: 0)
    private let dropped = DispatchSemaphore(value: 0)

    init() {
        let thread = Thread { [self] in self.run() }
        thread.name = "test database dropper"
        thread.start()
    }

    /// Queues the database named in `url` for dropping and returns at once.
    func dropLater(_ url: String) {
        state.withLock {
            $0.queue.append(url)
            $0.outstanding += 1
        }
        work.signal()
    }

    /// Waits until every queued database is dropped.
    func finish() {
        while state.withLock({ $0.outstanding }) > 0 {
            dropped.wait()
        }
    }

    private func run() {
        while true {
            work.wait()
            while let url = state.withLock({ $0.queue.isEmpty ? nil : $0.queue.removeFirst() }) {
                try? TestDatabase.drop(url)
                state.withLock { $0.outstanding -= 1 }
                dropped.signal()
            }
        }
    }
}
