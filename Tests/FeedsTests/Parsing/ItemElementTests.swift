import Foundation
import Testing
@testable import Feeds

@Suite struct ItemElementTests {
    /// One RSS 2.0 item holding `children`, dated.
    private func item(_ children: String) throws -> FeedItem? {
        let xml = """
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" \
        xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xhtml="http://www.w3.org/1999/xhtml" xmlns:atom="http://www.w3.org/2005/Atom">\
        <channel><title>क</title><item><guid>urn:k:1</guid>\(children)<dc:date>2025-03-01T10:00:00Z</dc:date></item></channel></rss>
        """
        return try FeedParser.parse(Data(xml.utf8)).items.first
    }

    @Test func bodyPrecedenceIsEncodedThenXHTMLBodyThenContentThenDescriptionThenSummaryThenDC() throws {
        var children = [
            "<content:encoded>&lt;p&gt;एनकोडेड&lt;/p&gt;</content:encoded>",
            "<xhtml:body><xhtml:p>एक्सएचटीएमएल</xhtml:p></xhtml:body>",
            "<atom:content type=\"html\">&lt;p&gt;एटम सामग्री&lt;/p&gt;</atom:content>",
            "<description>विवरण</description>",
            "<atom:summary>एटम सार</atom:summary>",
            "<dc:description>डबलिन कोर विवरण</dc:description>",
        ]
        let expected = ["एनकोडेड", "एक्सएचटीएमएल", "एटम सामग्री", "विवरण", "एटम सार", "डबलिन कोर विवरण"]
        for text in expected {
            #expect(try item("<title>शीर्षक</title>" + children.reversed().joined())?.text == text)
            children.removeFirst()
        }
    }

    @Test func dcTitleIsTheFallbackTitleAndDCCreatorIsHarmless() throws {
        #expect(try item("<dc:title>डीसी शीर्षक</dc:title><description>पाठ</description>")?.title == "डीसी शीर्षक")
        #expect(try item("<dc:title>डीसी</dc:title><title>मुख्य</title><dc:creator>लेखक</dc:creator>")?.title == "मुख्य")
    }

    @Test func datePrecedence() throws {
        let xml = { (dates: String) in
            """
            <rss version="2.0" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:atom="http://www.w3.org/2005/Atom">\
            <channel><item><title>त</title>\(dates)</item></channel></rss>
            """
        }
        let cases: [(String, String)] = [
            ("<dcterms:modified>2025-01-03T00:00:00Z</dcterms:modified><dcterms:created>2025-01-02T00:00:00Z</dcterms:created>", "2025-01-02T00:00:00Z"),
            ("<atom:updated>2025-01-05T00:00:00Z</atom:updated><dcterms:issued>2025-01-04T00:00:00Z</dcterms:issued>", "2025-01-04T00:00:00Z"),
            ("<atom:updated>2025-01-05T00:00:00Z</atom:updated><atom:published>2025-01-06T00:00:00Z</atom:published>", "2025-01-06T00:00:00Z"),
            ("<dcterms:modified>2025-01-07T00:00:00Z</dcterms:modified>", "2025-01-07T00:00:00Z"),
        ]
        for (dates, expected) in cases {
            #expect(try FeedParser.parse(Data(xml(dates).utf8)).items.first?.published == expected)
        }
    }

    @Test func dcSubjectBecomesATag() throws {
        #expect(try item("<title>त</title><dc:subject>राजनीति</dc:subject><category>चुनाव</category>")?.tags == ["राजनीति", "चुनाव"])
    }
}
