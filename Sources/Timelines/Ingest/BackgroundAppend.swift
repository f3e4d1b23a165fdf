import Dispatch
import EventStore
import Postgres
import Synchronization

/// One batch append running on its own thread while the caller prepares the next batch.
/// `wait()` returns its outcome; an empty batch completes at once.
final class BackgroundAppend: Sendable {
    private let done = DispatchSemaphore(value: 0)
    private let outcome = Mutex<Result<Void, any Error>>(.success(()))

    init(connection: PostgresConnection, batch: [(stream: String, events: [NewEvent], expected: ExpectedVersion)]) {
        guard !batch.isEmpty else {
            done.signal()
            return
        }
        DispatchQueue.global(qos: .userInitiated).async {
            let result = Result<Void, any Error> { _ = try EventLog(connection: connection).append(batch: batch) }
            self.outcome.withLock { $0 = result }
            self.done.signal()
        }
    }

    func wait() -> Result<Void, any Error> {
        done.wait()
        return outcome.withLock { $0 }
    }
}
