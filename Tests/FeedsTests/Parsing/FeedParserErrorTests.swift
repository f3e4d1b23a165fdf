import Foundation
import Testing
@testable import Feeds

@Suite struct FeedParserErrorTests {
    @Test func malformedXMLReportsLineAndColumn() {
        let error = #expect(throws: FeedError.self) {
            try FeedParser.parse(Data(Fixtures.malformed.utf8), sourceURL: "https://namuna.example/tuta.xml")
        }
        #expect(error?.code == .malformedXML)
        #expect(error?.line == 3)
        #expect(error?.column != nil)
        #expect(error?.description.hasPrefix("malformed XML: closing tag does not match the open element <title> (libxml2 error 76) at line 3, column") == true)
        #expect(error?.description.contains("at line 3, column") == true)
        #expect(error?.description.hasSuffix("(https://namuna.example/tuta.xml)") == true)
    }

    @Test func htmlPageIsNamedAsSuch() {
        let error = #expect(throws: FeedError.self) { try FeedParser.parse(Data(Fixtures.htmlPage.utf8)) }
        #expect(error?.code == .htmlPage)
        #expect(error?.description == "an HTML page, not an RSS or Atom feed")
        let served = #expect(throws: FeedError.self) {
            try FeedParser.parse(Data("<html><body>नमस्ते</body></html>".utf8), contentType: "text/html; charset=utf-8")
        }
        #expect(served?.description == "an HTML page, not an RSS or Atom feed (served as text/html)")
    }

    @Test func feedServedAsTextHTMLIsStillParsed() throws {
        let feed = try FeedParser.parse(Data(Fixtures.atom.utf8), contentType: "text/html")
        #expect(feed.items.count == 3)
    }

    @Test func emptyAndBlankBodiesAreEmptyDocuments() {
        for body in [Data(), Data("  \n\t ".utf8), Data([0xEF, 0xBB, 0xBF]), Data([0xFF, 0xFE, 0x20, 0x00, 0x0A, 0x00])] {
            let error = #expect(throws: FeedError.self) { try FeedParser.parse(body) }
            #expect(error?.code == .emptyDocument)
            #expect(error?.description.hasPrefix("empty document") == true)
            let served = #expect(throws: FeedError.self) { try FeedParser.parse(body, contentType: "text/xml; charset=klingon") }
            #expect(served?.code == .emptyDocument)
        }
    }

    @Test func unsupportedRootIsNamed() {
        let error = #expect(throws: FeedError.self) {
            try FeedParser.parse(Data("<?xml version=\"1.0\"?><opml version=\"2.0\"><body/></opml>".utf8))
        }
        #expect(error?.code == .unsupportedRoot)
        #expect(error?.description.contains("<opml>") == true)
    }

    @Test func feedRootOutsideTheAtomNamespaceIsUnsupported() {
        let error = #expect(throws: FeedError.self) {
            try FeedParser.parse(Data("<feed xmlns=\"http://purl.org/echo/\"><title>पुराना</title></feed>".utf8))
        }
        #expect(error?.code == .unsupportedRoot)
        #expect(error?.description.contains("http://purl.org/echo/") == true)
    }

    @Test func documentOverTheSizeLimitIsRefused() {
        let data = Data(Fixtures.rssHindi.utf8)
        let error = #expect(throws: FeedError.self) { try FeedParser.parse(data, maxBytes: 1_000) }
        #expect(error?.code == .tooLarge)
        #expect(error?.description == "document of \(data.count) bytes exceeds the limit of 1000 bytes")
    }

    @Test func htmlEntityUndefinedInXMLIsReadThroughTheHTMLTable() throws {
        let xml = "<rss><channel><title>a&nbsp;b&eacute;</title></channel></rss>"
        #expect(try FeedParser.parse(Data(xml.utf8)).title == "a bé")
    }

    @Test func entityDeclarationsAreRefusedNotReadWithGaps() {
        let external = """
        <?xml version="1.0"?>
        <!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/hostname">]>
        <rss version="2.0"><channel><title>क&x;</title></channel></rss>
        """
        var bomb = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a0 \"हाहाहाहाहा\">"
        for level in 1...12 { bomb += "<!ENTITY a\(level) \"" + String(repeating: "&a\(level - 1);", count: 10) + "\">" }
        bomb += "]><rss version=\"2.0\"><channel><title>&a12;</title></channel></rss>"
        for xml in [external, bomb] {
            let error = #expect(throws: FeedError.self) { try FeedParser.parse(Data(xml.utf8)) }
            #expect(error?.code == .entityDeclarations)
            #expect(error?.description.hasPrefix("the DOCTYPE declares entities") == true)
        }
    }

    @Test func externalDoctypeWithoutEntitiesIsRead() throws {
        let xml = """
        <?xml version="1.0"?>
        <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
        <rss version="0.91"><channel><title>पुरानी फ़ीड</title><item><title>ख़बर</title><link>https://namuna.example/1</link>\
        <pubDate>Tue, 15 Jul 2025 08:00:00 +0530</pubDate></item></channel></rss>
        """
        let feed = try FeedParser.parse(Data(xml.utf8))
        #expect(feed.title == "पुरानी फ़ीड")
        #expect(feed.items.map(\.publishedDay) == ["2025-07-15"])
    }

    @Test func plainTextIsMalformedXML() {
        let error = #expect(throws: FeedError.self) { try FeedParser.parse(Data("सिर्फ़ पाठ, कोई XML नहीं".utf8)) }
        #expect(error?.code == .malformedXML)
        #expect(error?.message == "malformed XML: no root element (text or nothing where the root element should start) (libxml2 error 4)")
    }
}
