import Daemon
import Dispatch
import Foundation

/// SIGTERM and SIGINT from the first moment of `timeline daemon`: a signal that arrives while
/// the daemon is still starting (connecting, reading its configuration) is remembered and starts
/// the graceful shutdown as soon as the daemon exists, instead of killing the process outright.
/// Once the service group runs, it handles the signals itself as well.
///
/// Example: `kill -TERM <pid>` half a second after `timeline daemon --config daemon.toml`
/// started still ends with exit status 0.
final class ShutdownRequests: @unchecked Sendable {
    private let lock = NSLock()
    private var requested = false
    private var daemon: Daemon?
    private var sources: [any DispatchSourceSignal] = []

    init() {
        for number in [SIGTERM, SIGINT] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [weak self] in self?.request() }
            source.resume()
            sources.append(source)
        }
    }

    /// Whether a signal already came; later signals shut `daemon` down.
    func attach(_ daemon: Daemon) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        self.daemon = daemon
        return requested
    }

    private func request() {
        lock.lock()
        requested = true
        let daemon = self.daemon
        lock.unlock()
        if let daemon { Task { await daemon.shutdown() } }
    }
}
