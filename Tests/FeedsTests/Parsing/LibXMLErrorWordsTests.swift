import Foundation
import Testing
@testable import Feeds

@Suite struct LibXMLErrorWordsTests {
    /// The error that stopped reading `xml` whole: thrown, or, when an item could still be read
    /// on its own, the salvaged feed's `recoveredFrom`.
    private func error(_ xml: String) -> FeedError? {
        do {
            let feed = try FeedParser.parse(Data(xml.utf8))
            #expect(feed.recoveredFrom != nil, "\(xml)")
            return feed.recoveredFrom
        } catch {
            return error as? FeedError
        }
    }

    @Test func commonMistakesAreNamedInWordsWithLineAndColumn() {
        let cases: [(xml: String, words: String, line: Int)] = [
            ("<rss>\n<channel><title>समाचार</channel></rss>", "closing tag does not match the open element <title> (libxml2 error 76)", 2),
            ("<rss><channel>\n<title a=\"x<y\">क</title></channel></rss>", "'<' inside an attribute value (write it as &lt;) (libxml2 error 38)", 2),
            ("<rss><channel>\n\n<item isPermaLink>ख</item></channel></rss>", "attribute without a value (XML needs name=\"value\") (libxml2 error 41)", 3),
            ("<rss><channel><title>बाज़ार", "document ends inside the open element <title> (libxml2 error 77)", 1),
            ("<rss><channel><description><![CDATA[अधूरा", "document ends inside the open element <description> (libxml2 error 77)", 1),
            ("<rss></rss>\n<rss></rss>", "extra content after the root element (libxml2 error 5)", 2),
            ("<rss><channel><title>क < ख</title></channel></rss>", "name required (a '<' or '&' not followed by a name) (libxml2 error 68)", 1),
            ("<rss><channel><title>\u{FFFE}</title></channel></rss>", "character that XML does not allow (a control character or a stray byte) (libxml2 error 9)", 1),
            ("<rss><channel><title>क</title>\n<item>\n<title>ख</title></item>\n</rss>", "closing tag does not match the open element <channel> (libxml2 error 76)", 4),
        ]
        for (xml, words, line) in cases {
            let thrown = error(xml)
            #expect(thrown?.code == .malformedXML)
            #expect(thrown?.message == "malformed XML: " + words, "\(xml)")
            #expect(thrown?.line == line, "\(xml)")
            #expect(thrown?.column != nil)
            #expect(thrown?.description.contains(" at line \(line), column ") == true)
        }
    }

    @Test func warningsOfLibXMLDoNotFailTheFeed() throws {
        let rss = "<rss version=\"2.0\" xmlns:geo='http://www.example.org/geo\n'><channel><title xml:lang=\"हिंदी भाषा\">क</title>"
            + "<item><guid>urn:test:chetavani</guid><title>चेतावनी</title><pubDate>Sun, 13 Jul 2025 09:30:00 +0530</pubDate></item></channel></rss>"
        let feed = try FeedParser.parse(Data(rss.utf8))
        #expect(feed.recoveredFrom == nil)
        #expect(feed.items.map(\.identity) == ["urn:test:chetavani"])
    }

    @Test func unknownCodesSayNotWellFormedWithTheNumber() {
        #expect(LibXMLErrorWords.message(code: 4242, openElement: "rss") == "XML not well formed (libxml2 error 4242)")
        #expect(LibXMLErrorWords.words(for: 64) == "XML declaration (<?xml …?>) not at the very start of the document")
        #expect(LibXMLErrorWords.words(for: 201) == "namespace prefix used without being declared (xmlns:prefix=\"…\")")
        #expect(LibXMLErrorWords.message(code: 26, openElement: nil) == "malformed XML: undeclared entity (HTML entities like &nbsp; are not XML) (libxml2 error 26)")
    }

    @Test func documentWithoutRootElementIsEmptyNotALibXMLCode() {
        for xml in ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", "<?xml version=\"1.0\"?><!-- केवल टिप्पणी -->\n"] {
            let thrown = error(xml)
            #expect(thrown?.code == .emptyDocument)
            #expect(thrown?.description.hasPrefix("empty document") == true)
            #expect(thrown?.description.contains("libxml2") == false)
        }
    }
}
