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
