import XCTest
@testable import Timelines

/// Entry ids as people type them.
final class EntryIDTests: XCTestCase {
    func testUpperCaseHyphensAndLookAlikesAreReadAsTheId() throws {
        XCTAssertEqual(try EntryID.normalized("k3v0q8x2mw"), "k3v0q8x2mw")
        XCTAssertEqual(try EntryID.normalized("K3V0-Q8X2MW"), "k3v0q8x2mw")
        XCTAssertEqual(try EntryID.normalized("k3vOq8x2mw"), "k3v0q8x2mw")
        XCTAssertEqual(try EntryID.normalized("lI1oO2345a"), "111002345a")
        XCTAssertEqual(try EntryID.normalized(" k3v0q 8x2mw "), "k3v0q8x2mw")
    }

    func testTextThatCannotBeAnIdSaysWhy() {
        XCTAssertThrowsError(try EntryID.normalized("k3v0q8x2m")) { error in
            XCTAssertEqual("\(error)", "'k3v0q8x2m' is not an entry id: entry ids have 10 characters, this has 9")
        }
        XCTAssertThrowsError(try EntryID.normalized("k3v0q8x2mu")) { error in
            XCTAssertEqual("\(error)", "'k3v0q8x2mu' is not an entry id: 'u' is never part of an entry id")
        }
        XCTAssertThrowsError(try EntryID.normalized("शनिवार1234")) { error in
            XCTAssertEqual("\(error)", "'शनिवार1234' is not an entry id: 'श' is not a character of entry ids (0-9 and a-z without i, l, o, u)")
        }
    }

    func testEveryShortIDIsItsOwnNormalForm() throws {
        for part in ["a", "b", "c", "लावरोव", "2025-07-12"] {
            let id = StableID.shortID(for: StableID.uuid("stream", part))
            XCTAssertEqual(try EntryID.normalized(id), id)
            XCTAssertEqual(try EntryID.normalized(id.uppercased()), id)
        }
    }
}
