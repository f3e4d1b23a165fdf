import XCTest
@testable import HindiTemporal

final class TokenTests: XCTestCase {
    func testTokenStaysCompact() {
        XCTAssertLessThanOrEqual(MemoryLayout<Token>.stride, 32)
    }
}
