import Digest
import Foundation
import Testing
@testable import Feeds

@Suite struct FeedParserRDFTests {
    static let rss090 = """
    <?xml version="1.0"?>
    <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://my.netscape.com/rdf/simple/0.9/">
      <channel>
        <title>नेटस्केप युग</title>
        <link>https://nabbe.example/</link>
        <description>पुरानी फ़ीड</description>
      </channel>
      <image><title>लोगो</title><url>https://nabbe.example/l.gif</url><link>https://nabbe.example/</link></image>
      <item>
        <title>पहली ख़बर</title>
        <link>https://nabbe.example/1</link>
      </item>
      <item>
        <title>दूसरी ख़बर</title>
        <link>https://nabbe.example/2</link>
      </item>
    </rdf:RDF>
    """

    static let rss10 = """
    <?xml version="1.0" encoding="utf-8"?>
    <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
      xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">
      <channel rdf:about="https://rdf.example/">
        <title>आरडीएफ़ समाचार</title>
        <items><rdf:Seq><rdf:li rdf:resource="https://rdf.example/a"/><rdf:li rdf:resource="urn:rdf:b"/></rdf:Seq></items>
      </channel>
      <item rdf:about="https://rdf.example/a">
        <title>बजट पेश</title>
        <link>https://rdf.example/a?ref=rss</link>
        <description>वित्त मंत्री ने बजट पेश किया।</description>
        <dc:date>2025-02-01T11:00:00+05:30</dc:date>
        <dc:creator>संवाददाता</dc:creator>
      </item>
      <item rdf:about="urn:rdf:b">
        <dc:title>केवल डबलिन कोर</dc:title>
        <dc:description>शीर्षक और पाठ डबलिन कोर में।</dc:description>
        <dcterms:issued>2025-02-02T09:00:00Z</dcterms:issued>
      </item>
    </rdf:RDF>
    """

    @Test func rss090ItemsBesideTheChannelAreRead() throws {
        let feed = try FeedParser.parse(Data(Self.rss090.utf8))
        #expect(feed.title == "नेटस्केप युग")
        // RSS 0.90 items carry no date: found, and rejected for that reason (not silently missing).
        #expect(feed.items.isEmpty)
        #expect(feed.rejected == [
            RejectedItem(index: 0, identity: "https://nabbe.example/1", reason: "no pubDate/published/updated"),
            RejectedItem(index: 1, identity: "https://nabbe.example/2", reason: "no pubDate/published/updated"),
        ])
    }

    @Test func rss10ItemsAreReadWithDublinCore() throws {
        let feed = try FeedParser.parse(Data(Self.rss10.utf8))
        #expect(feed.title == "आरडीएफ़ समाचार")
        #expect(feed.items.map(\.title) == ["बजट पेश", "केवल डबलिन कोर"])
        #expect(feed.items.map(\.text) == ["वित्त मंत्री ने बजट पेश किया।", "शीर्षक और पाठ डबलिन कोर में।"])
        #expect(feed.items.map(\.published) == ["2025-02-01T11:00:00+05:30", "2025-02-02T09:00:00Z"])
    }

    @Test func identityIsGuidThenLinkThenRDFAbout() throws {
        let feed = try FeedParser.parse(Data(Self.rss10.utf8))
        #expect(feed.items[0].identity == "https://rdf.example/a?ref=rss")
        #expect(feed.items[0].link == "https://rdf.example/a?ref=rss")
        #expect(feed.items[1].identity == "urn:rdf:b")
        #expect(feed.items[1].guid == nil)
        #expect(feed.items[1].link == nil)
    }
}
