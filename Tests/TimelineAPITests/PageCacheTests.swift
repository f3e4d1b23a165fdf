import CompressNIO
import NIOCore
import Timelines
import XCTest
@testable import TimelineAPI

/// Pages are kept while the read model stays at their version, and within the byte budget.
final class PageCacheTests: XCTestCase {
    private let v1 = ReadModelVersion(position: 10, gazetteerRevision: "g1")
    private let v2 = ReadModelVersion(position: 11, gazetteerRevision: "g1")

    private func json(_ n: Int) -> [UInt8] {
        Array("{\"entries\":[\(String(repeating: "{\"sentence\":\"लावरोव \(n)\"},", count: 50)){}]}".utf8)
    }

    func testAKeptPageComesBackUnpackedAsItWasUntilTheVersionMoves() throws {
        let cache = PageCache(budgetBytes: 1 << 20)
        XCTAssertNil(cache.page(for: "a", at: v1))
        let kept = try XCTUnwrap(cache.keep(json(1), tag: "t1", for: "a", at: v1))
        var gzip = try XCTUnwrap(cache.page(for: "a", at: v1)).gzip
        XCTAssertEqual(Array(buffer: try gzip.decompress(with: .gzip())), json(1))
        XCTAssertEqual(kept.tag, "t1")
        XCTAssertNil(cache.page(for: "a", at: v2), "the read model moved: nothing kept holds")
        XCTAssertNil(cache.page(for: "a", at: v1), "and the old pages are gone")
        XCTAssertNotNil(cache.keep(json(2), tag: "t2", for: "b", at: v2))
        XCTAssertNil(cache.keep(json(3), tag: "t3", for: "c", at: v1).flatMap { _ in cache.page(for: "c", at: v2) },
                     "a page made at an older version is not kept for the newer one")
    }

    func testTheOldestPagesGoWhenTheBudgetIsExceeded() throws {
        let one = try XCTUnwrap(PageCache(budgetBytes: 1 << 20).keep(json(0), tag: "t", for: "x", at: v1)).gzipBytes.count
        let cache = PageCache(budgetBytes: one * 3 + one / 2)
        for n in 0..<5 { _ = cache.keep(json(n), tag: "t\(n)", for: "k\(n)", at: v1) }
        XCTAssertNil(cache.page(for: "k0", at: v1))
        XCTAssertNil(cache.page(for: "k1", at: v1))
        XCTAssertNotNil(cache.page(for: "k4", at: v1))
        XCTAssertNotNil(cache.page(for: "k2", at: v1))
    }
}
