import Dispatch
import EventStore
import Foundation
import Postgres
import Synchronization
import Timelines

/// The timeline projection following the log on its own connections while `timeline bench ingest`
/// appends, as the daemon's `ProjectionFollower` does: catch up (reading ahead on a second
/// connection), wait for `events_appended` (or 200 ms), catch up again. ``finish()`` tells it the ingest is over and returns once a catch-up
/// that began after that moment has applied the rest of the log.
final class BenchProjectionFollower: Sendable {
    private let projection: PostgresConnection
    private let readAhead: PostgresConnection
    private let listener: PostgresConnection
    private let ingestDone = Atomic<Bool>(false)
    private let done = DispatchSemaphore(value: 0)
    private let outcome = Mutex<Result<Int, any Error>>(.success(0))

    init(configuration: PostgresConfiguration) throws {
        projection = try PostgresConnection.connect(configuration)
        readAhead = try PostgresConnection.connect(configuration)
        listener = try PostgresConnection.connect(configuration)
        try listener.listen(EventLog.notificationChannel)
    }

    /// Starts following on a thread of its own.
    func start() {
        DispatchQueue.global(qos: .userInitiated).async {
            let result = Result<Int, any Error> { try self.follow() }
            self.outcome.withLock { $0 = result }
            self.done.signal()
        }
    }

    /// Marks the ingest as finished and waits until the projection has applied the whole log;
    /// returns how many events it applied in all. `connection` (not the follower's) sends one
    /// more notification, so a follower that waits right now wakes at once.
    func finish(waking connection: PostgresConnection) throws -> Int {
        ingestDone.store(true, ordering: .sequentiallyConsistent)
        try connection.notify(EventLog.notificationChannel)
        done.wait()
        projection.close()
        readAhead.close()
        listener.close()
        return try outcome.withLock { $0 }.get()
    }

    private func follow() throws -> Int {
        let timelines = TimelineProjection(connection: projection, readAhead: readAhead)
        var applied = 0
        while true {
            // Read before catching up: when the ingest was over already, this catch-up sees its last append.
            let last = ingestDone.load(ordering: .sequentiallyConsistent)
            applied += try timelines.catchUp()
            if last { return applied }
            _ = try listener.waitForNotifications(timeout: .milliseconds(200))
        }
    }
}
