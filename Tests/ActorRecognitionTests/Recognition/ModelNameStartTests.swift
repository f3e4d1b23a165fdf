@testable import ActorRecognition
import XCTest

/// The tagger's names start after the words the corpus never has inside a name.
final class ModelNameStartTests: XCTestCase {
    func testCommonWordsAtTheStartOfATaggedNameAreLeftOut() {
        let tokens = Tokenizer.tokens(in: "सूची उपलब्ध कराते कमला बैंक")
        XCTAssertEqual(MentionScanner.nameStart(in: tokens, span: 1..<5), 3, "उपलब्ध and कराते are common words")
        XCTAssertEqual(MentionScanner.nameStart(in: tokens, span: 3..<5), 3)
        XCTAssertEqual(MentionScanner.nameStart(in: tokens, span: 1..<3), 3, "nothing of a name is left")
    }
}
