import CompressNIO
import NIOCore
import Synchronization
import Timelines

/// Timeline pages as sent, kept gzipped in memory and valid while the read model stays at the
/// version they were made at: a page asked for again is answered without the query and the JSON,
/// a client that accepts gzip gets the stored bytes as they are, and any change to the read model
/// (`ReadModelVersion`) empties the cache at the next request. Oldest pages go first when the
/// compressed bytes exceed the budget.
///
/// `cache.page(for: "sergey-lavrov?limit=100", at: version)` → the page's gzip bytes, its length and ETag.
final class PageCache: Sendable {
    struct Page: Sendable {
        /// Exactly the compressed bytes (the compressor's buffer is sized for the worst case).
        var gzipBytes: [UInt8]
        var tag: String

        var gzip: ByteBuffer { ByteBuffer(bytes: gzipBytes) }
    }

    private struct State {
        var version: ReadModelVersion?
        var pages: [String: Page] = [:]
        var order: [String] = []
        var head = 0
        var bytes = 0
    }

    private let state = Mutex(State())
    let budgetBytes: Int

    init(budgetBytes: Int) {
        self.budgetBytes = budgetBytes
    }

    /// The page kept for `key` at `version`; a cache of another version is emptied first.
    func page(for key: String, at version: ReadModelVersion) -> Page? {
        state.withLock { state in
            if state.version != version { state = State(version: version) }
            return state.pages[key]
        }
    }

    /// Keeps a page made at `version` (gzipped here), unless the read model moved meanwhile.
    func keep(_ json: [UInt8], tag: String, for key: String, at version: ReadModelVersion) -> Page? {
        guard budgetBytes > 0 else { return nil }
        var plain = ByteBuffer(bytes: json)
        guard let packed = try? plain.compress(with: .gzip(configuration: .init(compressionLevel: 1))) else { return nil }
        let page = Page(gzipBytes: Array(packed.readableBytesView), tag: tag)
        let size = page.gzipBytes.count
        state.withLock { state in
            if state.version == nil { state.version = version }
            guard state.version == version, state.pages[key] == nil, size <= budgetBytes else { return }
            state.pages[key] = page
            state.order.append(key)
            state.bytes += size
            while state.bytes > budgetBytes, state.head < state.order.count {
                if let old = state.pages.removeValue(forKey: state.order[state.head]) { state.bytes -= old.gzipBytes.count }
                state.head += 1
            }
            if state.head > 1024, state.head * 2 > state.order.count {
                state.order.removeFirst(state.head)
                state.head = 0
            }
        }
        return page
    }
}
