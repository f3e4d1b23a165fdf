@testable import ActorRecognition
import XCTest

/// Keys of words kept inline and keys kept as strings compare, hash and read back alike.
final class NameKeyTests: XCTestCase {
    func testATokenizedWordEqualsTheKeyMadeFromItsString() {
        for word in ["मोदी", "प्रधानमंत्री", "अंतर्राष्ट्रीय", "zelenskyy", "2024"] {
            let token = Tokenizer.tokens(in: word, flags: false)[0].key
            XCTAssertEqual(token, NameKey(word), word)
            XCTAssertEqual(token.fnv, FeatureHash.of(word), word)
            XCTAssertEqual(Set([token, NameKey(word)]).count, 1, word)
            XCTAssertEqual(token.string, word)
        }
    }

    func testKeysTooLongOrOutsideDevanagariAndASCIIStillCompareByContent() {
        let long = String(repeating: "क", count: 30)
        XCTAssertEqual(Tokenizer.tokens(in: long, flags: false)[0].key, NameKey(long))
        XCTAssertEqual(NameKey(long).scalarCount, 30)
        XCTAssertNotEqual(NameKey(long), NameKey(String(repeating: "क", count: 31)))
        // `é` folds to ASCII `e`; Bengali stays as it is.
        XCTAssertEqual(Tokenizer.tokens(in: "Élysée", flags: false)[0].key, NameKey("elysee"))
        XCTAssertEqual(Tokenizer.tokens(in: "ঢাকা", flags: false)[0].key, NameKey("ঢাকা"))
        XCTAssertEqual(NameKey("ঢাকা").string, "ঢাকা")
    }

    func testScalarsAndEndings() {
        let key = NameKey("शहरों")
        XCTAssertEqual(key.scalarCount, 5)
        XCTAssertEqual(key.scalarValue(at: 0), 0x0936)
        XCTAssertTrue(key.ends(with: [0x094B, 0x0902]), "the plural oblique ending")
        XCTAssertFalse(NameKey("शहर").ends(with: [0x094B, 0x0902]))
        XCTAssertFalse(NameKey("ो").ends(with: [0x094B, 0x0902]), "shorter than the ending")
    }

    func testAnEndingReplacedGivesTheKeyOfTheOtherWord() {
        XCTAssertEqual(NameKey("भारतीयों").replacingLast(2, with: []), NameKey("भारतीय"))
        XCTAssertEqual(NameKey("अमेरिकियों").replacingLast(4, with: [0x0940]), NameKey("अमेरिकी"))
        let long = String(repeating: "क", count: 24)
        XCTAssertEqual(NameKey(long).replacingLast(0, with: [0x0915, 0x0940]), NameKey(long + "की"), "past the inline size")
    }
}
