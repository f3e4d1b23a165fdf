import XCTest
@testable import Timelines

final class StableIDTests: XCTestCase {
    func testSamePartsGiveSameUUIDAndDifferentPartsDiffer() {
        XCTAssertEqual(StableID.uuid("article-1", "dated", "x"), StableID.uuid("article-1", "dated", "x"))
        XCTAssertNotEqual(StableID.uuid("article-1", "dated", "x"), StableID.uuid("article-1", "dated", "y"))
        // Joining is unambiguous: ("ab", "c") is not ("a", "bc").
        XCTAssertNotEqual(StableID.uuid("ab", "c"), StableID.uuid("a", "bc"))
    }

    func testUUIDCarriesVersion8AndRFCVariant() {
        let u = StableID.uuid("x").uuid
        XCTAssertEqual(u.6 >> 4, 8)
        XCTAssertEqual(u.8 >> 6, 0b10)
    }

    func testShortIDIsTenCrockfordCharacters() {
        let id = StableID.shortID(for: StableID.uuid("article-1", "entry"))
        XCTAssertEqual(id.count, 10)
        XCTAssertTrue(id.allSatisfy { "0123456789abcdefghjkmnpqrstvwxyz".contains($0) })
        XCTAssertEqual(id, StableID.shortID(for: StableID.uuid("article-1", "entry")))
    }
}
