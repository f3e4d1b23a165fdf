import XCTest
@testable import TimelinePages

final class HTMLTextTests: XCTestCase {
    func testEscapesTheFiveSpecialCharacters() {
        XCTAssertEqual(HTMLText.escape("<script> & \"क\" 'ख'"), "&lt;script&gt; &amp; &quot;क&quot; &#39;ख&#39;")
        XCTAssertEqual(HTMLText.escape("&amp;"), "&amp;amp;", "escaped text is escaped again, not taken as markup")
        XCTAssertEqual(HTMLText.escape("प्रधानमंत्री"), "प्रधानमंत्री")
        XCTAssertEqual(HTMLText.escape("a\u{0}b"), "a\u{FFFD}b")
    }

    func testOnlyWebAddressesBecomeLinks() {
        XCTAssertEqual(HTMLText.webAddress("https://news.test/a?x=1&y=2"), "https://news.test/a?x=1&y=2")
        XCTAssertEqual(HTMLText.webAddress(" HTTP://news.test/b "), "HTTP://news.test/b")
        for address in ["javascript:alert(1)", "data:text/html,<b>x</b>", "file:///etc/passwd", "//news.test/c", "",
                        "https://news.test/a b"] {
            XCTAssertNil(HTMLText.webAddress(address), address)
        }
        XCTAssertNil(HTMLText.webAddress(nil))
    }
}
