import Synchronization

/// The feed leases this daemon holds, as its pollers see them. The ``LeaseKeeper`` sets them
/// after each round in the database; a ``FeedPoller`` waits until its feed is held, marks the
/// poll it runs (the keeper never gives a feed away in the middle of a poll), and reports a
/// lease it found lost.
///
/// Example:
/// ```swift
/// let leases = FeedLeases()
/// leases.add(["desh"])                 // the keeper claimed "desh"
/// await leases.waitUntil("desh", isHeld: true)   // returns at once
/// if leases.beginPoll("desh") { …; leases.endPoll("desh") }
/// leases.takeIdle(1)                   // ["desh"]: not being polled, so it may be given back
/// ```
public final class FeedLeases: Sendable {
    private struct Waiter {
        var feed: String
        var held: Bool
        var continuation: CheckedContinuation<Void, Never>
    }

    private struct State {
        var held: Set<String> = []
        var polling: Set<String> = []
        var waiters: [Int: Waiter] = [:]
        var cancelled: Set<Int> = []
        var nextWaiter = 0
    }

    private let state = Mutex(State())

    public init() {}

    /// The feeds held now.
    public var feeds: Set<String> { state.withLock { $0.held } }

    /// Whether the lease on `feed` is held now.
    public func holds(_ feed: String) -> Bool { state.withLock { $0.held.contains(feed) } }

    /// Sets the held leases to `feeds` (what a renewal found still ours); returns those lost.
    @discardableResult
    func replace(with feeds: Set<String>) -> Set<String> {
        change { state in
            let lost = state.held.subtracting(feeds)
            state.held = feeds
            return lost
        }
    }

    /// Adds leases just claimed.
    func add(_ feeds: some Sequence<String>) {
        let feeds = Set(feeds)
        change { state in state.held.formUnion(feeds) }
    }

    /// Drops a lease a poller found lost (another member holds it now).
    func lose(_ feed: String) {
        change { state in _ = state.held.remove(feed) }
    }

    /// Takes up to `count` held feeds that are not being polled out of the held set (sorted by
    /// name), to be given back; their pollers wait from now on.
    func takeIdle(_ count: Int) -> [String] {
        guard count > 0 else { return [] }
        return change { state in
            let idle = Array(state.held.subtracting(state.polling).sorted().prefix(count))
            state.held.subtract(idle)
            return idle
        }
    }

    /// Starts a poll of `feed` if its lease is held; false (and nothing started) otherwise.
    func beginPoll(_ feed: String) -> Bool {
        state.withLock { state in
            guard state.held.contains(feed) else { return false }
            state.polling.insert(feed)
            return true
        }
    }

    /// The poll of `feed` ended, whatever its outcome.
    func endPoll(_ feed: String) {
        _ = state.withLock { $0.polling.remove(feed) }
    }

    /// Returns once the lease on `feed` is held (`isHeld`) or not, or when the task is cancelled.
    func waitUntil(_ feed: String, isHeld wanted: Bool) async {
        let id = state.withLock { state -> Int in
            state.nextWaiter += 1
            return state.nextWaiter
        }
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                let now = state.withLock { state -> Bool in
                    if state.cancelled.remove(id) != nil || state.held.contains(feed) == wanted { return true }
                    state.waiters[id] = Waiter(feed: feed, held: wanted, continuation: continuation)
                    return false
                }
                if now { continuation.resume() }
            }
        } onCancel: {
            let waiter = state.withLock { state -> Waiter? in
                if let waiter = state.waiters.removeValue(forKey: id) { return waiter }
                state.cancelled.insert(id)
                return nil
            }
            waiter?.continuation.resume()
        }
        _ = state.withLock { $0.cancelled.remove(id) }
    }

    /// Sleeps for `duration`, returning early when the lease on `feed` is lost meanwhile.
    func sleep(for duration: Duration, whileHolding feed: String) async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await Task.sleep(for: duration) }
            group.addTask { await self.waitUntil(feed, isHeld: false) }
            defer { group.cancelAll() }
            _ = try await group.next()
        }
        try Task.checkCancellation()
    }

    /// Applies `body` to the state and wakes the waiters whose wish came true.
    private func change<T: Sendable>(_ body: (inout State) -> T) -> T {
        let (result, ready) = state.withLock { state -> (T, [CheckedContinuation<Void, Never>]) in
            let result = body(&state)
            var ready: [CheckedContinuation<Void, Never>] = []
            for (id, waiter) in state.waiters where state.held.contains(waiter.feed) == waiter.held {
                ready.append(waiter.continuation)
                state.waiters[id] = nil
            }
            return (result, ready)
        }
        for continuation in ready { continuation.resume() }
        return result
    }
}
