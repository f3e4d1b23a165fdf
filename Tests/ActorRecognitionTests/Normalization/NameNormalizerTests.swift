import XCTest
@testable import ActorRecognition

final class NameNormalizerTests: XCTestCase {
    func testComposedDecomposedAndMissingNuktaFoldTogether() {
        let composed = "\u{095E}रवरी"          // फ़ (U+095E)
        let decomposed = "\u{092B}\u{093C}रवरी" // फ + nukta
        XCTAssertEqual(NameNormalizer.normalize(composed), "फरवरी")
        XCTAssertEqual(NameNormalizer.normalize(decomposed), "फरवरी")
        XCTAssertEqual(NameNormalizer.normalize("\u{095B}ेलेंस्की"), NameNormalizer.normalize("जेलेंस्की"))
        XCTAssertEqual(NameNormalizer.normalize("\u{091C}\u{093C}ेलेंस्की"), "जेलेंस्की")
    }

    func testEveryComposedNuktaLetterFoldsToItsBase() {
        let pairs: [(UInt32, UInt32)] = [(0x0929, 0x0928), (0x0931, 0x0930), (0x0934, 0x0933), (0x0958, 0x0915),
                                          (0x0959, 0x0916), (0x095A, 0x0917), (0x095B, 0x091C), (0x095C, 0x0921),
                                          (0x095D, 0x0922), (0x095E, 0x092B), (0x095F, 0x092F)]
        for (composed, base) in pairs {
            let folded = NameNormalizer.normalize(String(Character(Unicode.Scalar(composed)!)))
            XCTAssertEqual(folded.unicodeScalars.map(\.value), [base], String(format: "U+%04X", composed))
        }
    }

    func testJoinersAreDroppedAndSpacesCollapsed() {
        XCTAssertEqual(NameNormalizer.normalize("क्\u{200D}ष"), "क्ष")
        XCTAssertEqual(NameNormalizer.normalize("क्\u{200C}ष"), "क्ष")
        XCTAssertEqual(NameNormalizer.normalize("\u{00A0} उत्तर\u{00A0}\u{00A0}कोरिया  "), "उत्तर कोरिया")
        XCTAssertEqual(NameNormalizer.normalize("किम\u{202F}जोंग \t उन"), "किम जोंग उन")
    }

    func testChandrabinduFoldsToAnusvara() {
        XCTAssertEqual(NameNormalizer.normalize("पाँच"), "पांच")
        XCTAssertEqual(NameNormalizer.normalize("पाँच"), NameNormalizer.normalize("पांच"))
    }

    func testLatinIsLowercasedWithoutDiacritics() {
        XCTAssertEqual(NameNormalizer.normalize("ZELENSKYY"), "zelenskyy")
        XCTAssertEqual(NameNormalizer.normalize("Recep Tayyip Erdoğan"), "recep tayyip erdogan")
        XCTAssertEqual(NameNormalizer.normalize("Élysée"), "elysee")
        XCTAssertEqual(NameNormalizer.normalize("Erdo\u{0067}\u{0306}an"), "erdogan")
    }
}
