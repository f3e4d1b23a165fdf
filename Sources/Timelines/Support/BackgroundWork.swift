import Dispatch
import Synchronization

/// Work that runs on its own thread while the caller does something else; `wait()` returns its outcome.
final class BackgroundWork<T: Sendable>: Sendable {
    private let done = DispatchSemaphore(value: 0)
    private let outcome = Mutex<Result<T, any Error>?>(nil)

    init(_ work: @escaping @Sendable () throws -> T) {
        DispatchQueue.global(qos: .userInitiated).async {
            let result = Result { try work() }
            self.outcome.withLock { $0 = result }
            self.done.signal()
        }
    }

    /// Blocks until the work has finished; call once.
    func wait() -> Result<T, any Error> {
        done.wait()
        return outcome.withLock { $0 } ?? .failure(CancellationError())
    }
}
