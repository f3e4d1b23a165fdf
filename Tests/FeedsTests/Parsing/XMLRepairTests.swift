import Foundation
import Testing
@testable import Feeds

@Suite struct XMLRepairTests {
    @Test func rssAfterAnXHTMLDoctypeIsReadAsAFeed() throws {
        for contentType in [nil, "text/html; charset=utf-8"] {
            let feed = try FeedParser.parse(Data(Fixtures.rssAfterXHTMLDoctype.utf8), contentType: contentType)
            #expect(feed.title == "ज़िला समाचार")
            #expect(feed.items.map(\.text) == ["नया पुल आज खुला।"])
        }
    }

    @Test func netscapeDoctypeAndADeclarationAfterABlankLineAreRead() throws {
        let feed = try FeedParser.parse(Data(Fixtures.rssAfterNetscapeDoctype.utf8))
        #expect(feed.title == "पुरानी फ़ीड")
        #expect(feed.rejected.map(\.reason) == ["no pubDate/published/updated"])
    }

    @Test func controlCharactersPastedIntoTextBecomeSpaces() throws {
        let rss = "<rss version=\"2.0\"><channel><item><guid>urn:test:niyantran</guid><title>बाढ़\u{8} राहत\u{1B}</title>"
            + "<description>राहत\u{0}शिविर खुला।</description><pubDate>Sun, 13 Jul 2025 09:30:00 +0530</pubDate></item></channel></rss>"
        let feed = try FeedParser.parse(Data(rss.utf8))
        #expect(feed.recoveredFrom == nil)
        #expect(feed.items.map(\.title) == ["बाढ़ राहत"])
        #expect(feed.items.map(\.text) == ["राहत शिविर खुला।"])
    }

    @Test func declarationAfterACommentIsRead() throws {
        let xml = "<!-- बनाया गया -->\n<?xml version=\"1.0\"?>\n<rss><channel><title>टिप्पणी पहले</title></channel></rss>"
        #expect(try FeedParser.parse(Data(xml.utf8)).title == "टिप्पणी पहले")
    }

    @Test func blankingKeepsLinesAndColumnsOfLaterErrors() {
        let xml = "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\"\n  \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">\n" +
            "<rss><channel><title>क</channel></rss>"
        let error = #expect(throws: FeedError.self) { try FeedParser.parse(Data(xml.utf8)) }
        let bare = #expect(throws: FeedError.self) { try FeedParser.parse(Data("<rss><channel><title>क</channel></rss>".utf8)) }
        #expect(error?.line == 3)
        #expect(bare?.line == 1)
        #expect(error?.column != nil && error?.column == bare?.column)
        #expect(error?.message.hasPrefix("malformed XML: closing tag does not match the open element <title>") == true)
    }

    @Test func htmlPageAfterAnHTMLDoctypeIsStillAnHTMLPage() {
        let error = #expect(throws: FeedError.self) { try FeedParser.parse(Data(Fixtures.htmlPage.utf8)) }
        #expect(error?.code == .htmlPage)
    }

    @Test func preparedBlanksOnlyTheDoctype() {
        let text = "<!DOCTYPE rss SYSTEM \"x\">\n<rss/>"
        let data = Data(text.utf8)
        let prepared = XMLRepair.prepared(data, prolog: RootSniffer.prolog(of: data))
        #expect(String(decoding: prepared, as: UTF8.self) == String(repeating: " ", count: 25) + "\n<rss/>")
        let plain = Data("<rss/>".utf8)
        #expect(XMLRepair.prepared(plain, prolog: RootSniffer.prolog(of: plain)) == plain)
    }
}

@Suite struct XMLRepairReferenceTests {
    private func repaired(_ text: String) -> String? {
        XMLRepair.repairingReferences(Array(text.utf8)).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func htmlNamedEntitiesBecomeNumericReferences() {
        #expect(repaired("<t>Caf&eacute;&nbsp;&rsquo;</t>") == "<t>Caf&#233;&#160;&#8217;</t>")
        #expect(repaired("<a href=\"x?a=1&amp;b=&lt;2&gt;&quot;&apos;\">&#2344;&#x928;</a>") == nil)
    }

    @Test func bareAmpersandsAndUnknownNamesBecomeLiteralText() {
        #expect(repaired("<t>R&D & मौसम</t>") == "<t>R&amp;D &amp; मौसम</t>")
        #expect(repaired("<link>https://x.example/?a=1&b=2</link>") == "<link>https://x.example/?a=1&amp;b=2</link>")
        #expect(repaired("<t>&khabar; &#; &#x;</t>") == "<t>&amp;khabar; &amp;#; &amp;#x;</t>")
        #expect(repaired("<t>&#0;&#x1B;&#9;</t>") == "<t>&#xFFFD;&#xFFFD;&#9;</t>")
        #expect(repaired("<t>&#X92E;&#x92E;</t>") == "<t>&#x92E;&#x92E;</t>")
    }

    @Test func commentsCDATAAndProcessingInstructionsAreLeftAlone() {
        #expect(repaired("<!-- a & b --><t><![CDATA[&nbsp; & <b>]]></t><?php echo 'a&b' ?>") == nil)
    }

    @Test func feedWithHTMLEntitiesAndBareAmpersandsIsRead() throws {
        let xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>खेल &amp; मनोरंजन&nbsp;</title>
        <item><title>भारत &ndash; इंग्लैंड &hellip;</title><link>https://namuna.example/khel?id=7&page=2</link>
        <description>&lt;p&gt;मैच &quot;रोमांचक&quot; रहा &amp; दर्शक खुश&lt;/p&gt; R&D &copy;</description>
        <pubDate>Thu, 17 Jul 2025 21:00:00 +0530</pubDate></item></channel></rss>
        """
        let feed = try FeedParser.parse(Data(xml.utf8))
        #expect(feed.title == "खेल & मनोरंजन")
        #expect(feed.items.first?.title == "भारत – इंग्लैंड …")
        #expect(feed.items.first?.link == "https://namuna.example/khel?id=7&page=2")
        #expect(feed.items.first?.text == "मैच \"रोमांचक\" रहा & दर्शक खुश\nR&D ©")
    }
}
