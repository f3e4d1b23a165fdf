import XCTest
@testable import ActorRecognition

final class LatinTokenReaderTests: XCTestCase {
    private func reader(_ text: String) -> LatinTokenReader {
        LatinTokenReader(text: text, tokens: Tokenizer.tokens(in: text))
    }

    func testShapesFollowTheOriginalCase() {
        var reader = reader("Élodie von OpenAI D ने elon G7")
        XCTAssertEqual((0..<reader.tokens.count).map { reader.shape(at: $0) },
                       [.capitalised, .connector, .capitalised, .initial, .other, .other, .other])
    }

    func testGapsBetweenTokens() {
        let reader = reader("Jean-Noël  Barrot O'Neill Fischer. Nord।Wind")
        XCTAssertEqual((1..<reader.tokens.count).map { reader.gap(before: $0) },
                       [.hyphen, .space, .space, .apostrophe, .space, .other, .other])
    }

    func testWordsInLinksAndEmailAddressesAreOther() {
        var reader = reader("Lena https://Example.org/Lena Lena@Example.org www.Lena.de Lena.")
        XCTAssertEqual((0..<reader.tokens.count).map { reader.shape(at: $0) },
                       [.capitalised, .other, .other, .other, .other, .other, .other, .other, .other, .other, .other,
                        .capitalised])
    }

    func testSurfaceCollapsesSpacesAndDropsJoiners() {
        let reader = reader("Zoë\u{00A0}\u{00A0}Mül\u{200D}ler ने")
        XCTAssertEqual(reader.surface(of: 0..<2), "Zoë Müller")
    }
}
