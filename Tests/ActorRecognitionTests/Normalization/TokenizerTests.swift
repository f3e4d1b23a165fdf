import XCTest
@testable import ActorRecognition

final class TokenizerTests: XCTestCase {
    func testTokensCarryFoldedKeysAndOriginalOffsets() {
        let text = "कल\u{00A0}ज\u{093C}ेलेंस्की, रूस-यूक्रेन।"
        let tokens = Tokenizer.tokens(in: text)
        XCTAssertEqual(tokens.map(\.key.string), ["कल", "जेलेंस्की", "रूस", "यूक्रेन"])
        for token in tokens {
            XCTAssertEqual(NameNormalizer.normalize(Fixtures.scalars(text, token.scalarStart..<token.scalarEnd)), token.key.string)
            XCTAssertEqual(String(text.unicodeScalars[token.start..<token.end]),
                           Fixtures.scalars(text, token.scalarStart..<token.scalarEnd))
        }
        XCTAssertEqual(tokens.map(\.hardBreakBefore), [true, false, true, false])
    }

    func testLettersIgnoreVirama() {
        let tokens = Tokenizer.tokens(in: "न क्ष G20")
        XCTAssertEqual(tokens.map(\.letters), [1, 2, 3])
        XCTAssertEqual(tokens.map(\.hasDigit), [false, false, true])
    }

    func testTokensKnowWhetherTheyStartWithALatinCapital() {
        let tokens = Tokenizer.tokens(in: "Modi और Élysée तथा paris मोदी")
        XCTAssertEqual(tokens.map(\.capitalized), [true, false, true, false, false, false])
    }

    func testAFullStopAfterAWordEndsTheSentenceButNotAfterAnInitialOrAbbreviation() {
        let tokens = Tokenizer.tokens(in: "टीम कल उतरेगी. रमेश ने कहा कि डॉ. विजय और सी.पी. राधाकृष्णन आए.")
        let breaks = Dictionary(tokens.map { ($0.key.string, $0.hardBreakBefore) }, uniquingKeysWith: { a, _ in a })
        XCTAssertEqual(breaks["रमेश"], true, "after उतरेगी.")
        XCTAssertEqual(breaks["विजय"], false, "after डॉ.")
        XCTAssertEqual(breaks["पी"], false, "inside सी.पी.")
        XCTAssertEqual(breaks["राधाकृष्णन"], false, "after the initials")
    }

    func testAMisplacedDiaeresisIsTheIMatraAndAnusvaraOfTheClusterAfterIt() {
        let text = "हरजीत ¨सह ने ¨प्रट और से¨टग देखी ¨ ठीक"
        let tokens = Tokenizer.tokens(in: text)
        XCTAssertEqual(tokens.map(\.key.string), ["हरजीत", "सिंह", "ने", "प्रिंट", "और", "सेटिंग", "देखी", "ठीक"])
        XCTAssertEqual(String(text[tokens[1].start..<tokens[1].end]), "¨सह", "the word as written")
        XCTAssertEqual(tokens[1].scalarEnd - tokens[1].scalarStart, 3)
        XCTAssertTrue(tokens[7].hardBreakBefore, "a ¨ before no consonant is punctuation")
    }
}
