import Dispatch

/// Maps a collection on all cores (`DispatchQueue.concurrentPerform`), keeping the order.
/// For CPU-bound pure work such as extraction over a chunk of articles.
enum ParallelMap {
    static func map<T: Sendable, R>(_ items: [T], _ transform: @Sendable (T) throws -> R) throws -> [R] {
        if items.count < 2 { return try items.map(transform) }
        let slots = ResultSlots<R>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            slots.store(Result { try transform(items[index]) }, at: index)
        }
        return try slots.results().map { try $0.get() }
    }
}

/// One slot per index, each written by exactly one iteration of `concurrentPerform` before it
/// returns, and read only afterwards: no two threads touch the same slot. The slots live in raw
/// memory so that concurrent writes to different slots are not one exclusive access to an array.
private final class ResultSlots<R>: @unchecked Sendable {
    private let base: UnsafeMutablePointer<Result<R, any Error>?>
    private let count: Int

    init(count: Int) {
        self.count = count
        base = .allocate(capacity: count)
        base.initialize(repeating: nil, count: count)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    func store(_ result: Result<R, any Error>, at index: Int) { base[index] = result }

    func results() -> [Result<R, any Error>] {
        (0..<count).map { index in
            guard let result = base[index] else { preconditionFailure("concurrentPerform skipped iteration \(index)") }
            return result
        }
    }
}
