@testable import ActorRecognition
import XCTest

/// The scan passes function words at once, and only those no rule starts at.
final class PlainWordsTests: XCTestCase {
    func testFunctionWordsArePlainButWordsRulesStartAtAreNot() throws {
        let gazetteer = try Fixtures.gazetteer()
        let text = "पुलिस ने कहा कि गांव रामपुर में भारत की टीम और प्रवक्ता पहुंचे"
        let scanner = MentionScanner(actors: gazetteer.actors, index: AliasIndex(actors: gazetteer.actors), roles: RoleIndex(),
                                     tagger: nil, text: text)
        let plain = scanner.tokens.indices.filter { scanner.isPlainWord(at: $0) }.map { scanner.tokens[$0].key.string }
        XCTAssertTrue(Set(plain).isSuperset(of: ["ने", "कि", "में", "की", "और"]), "\(plain)")
        for word in ["पुलिस", "गांव", "रामपुर", "भारत", "टीम", "प्रवक्ता"] {
            XCTAssertFalse(plain.contains(word), "\(word) may start a mention")
        }
    }
}
