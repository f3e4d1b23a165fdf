import Digest
import Foundation
import Testing
@testable import Feeds

@Suite struct FeedParserRSSTests {
    let feed: ParsedFeed

    init() throws {
        feed = try FeedParser.parse(Data(Fixtures.rssHindi.utf8), sourceURL: "https://namuna.example/rss.xml")
    }

    @Test func readsChannelTitleAndAcceptedItemsInOrder() {
        #expect(feed.title == "नमूना समाचार")
        #expect(feed.items.map(\.title) == ["दिल्ली में भारी बारिश", "क्रिकेट: भारत & इंग्लैंड", "सूचना", "अमेरिका से रिपोर्ट"])
        #expect(feed.items.allSatisfy { $0.source == "नमूना समाचार" })
    }

    @Test func identityIsGuidThenLinkThenContentHash() {
        #expect(feed.items[0].identity == "urn:namuna:1001")
        #expect(feed.items[0].guid == "urn:namuna:1001")
        #expect(feed.items[0].link == "https://namuna.example/mausam/1001")
        #expect(feed.items[1].guid == nil)
        #expect(feed.items[1].identity == "https://namuna.example/khel/2")
        let third = feed.items[2]
        #expect(third.guid == nil && third.link == nil)
        #expect(third.identity == "sha256:" + SHA256.hex(of: Array("सूचना".utf8) + [0] + Array("शहर में कल जल आपूर्ति बंद रहेगी।".utf8)))
        #expect(third.identity.count == "sha256:".count + 64)
    }

    @Test func permalinkGuidAlsoServesAsLink() {
        #expect(feed.items[3].identity == "https://namuna.example/videsh/6")
        #expect(feed.items[3].link == "https://namuna.example/videsh/6")
    }

    @Test func descriptionBecomesCleanParagraphsWithoutScript() {
        #expect(feed.items[0].text == "सोमवार सुबह दिल्ली में “भारी” बारिश हुई।\nकई सड़कों पर पानी भर गया।")
    }

    @Test func contentEncodedIsPreferredOverDescription() {
        #expect(feed.items[1].text == "भारत जीता\nअंतिम ओवर में जीत मिली।\nदर्शक खुश थे।")
    }

    @Test func categoriesBecomeTagsWithoutDuplicates() {
        #expect(feed.items[0].tags == ["मौसम", "दिल्ली"])
        #expect(feed.items[1].tags == ["खेल"])
        #expect(feed.items[2].tags == [])
    }

    @Test func datesKeepTheirZoneAndDayInThatZone() {
        #expect(feed.items[0].published == "2025-07-13T09:30:00+05:30")
        #expect(feed.items[0].publishedDay == "2025-07-13")
        #expect(feed.items[1].published == "2025-07-14T23:45:00+05:30")
        #expect(feed.items[1].publishedDay == "2025-07-14")
        #expect(feed.items[2].published == "2025-07-15T06:00:00Z")
        // 22:10 at -07:00 is already the 15th in UTC; the day stays the item's own.
        #expect(feed.items[3].published == "2025-07-14T22:10:00-07:00")
        #expect(feed.items[3].publishedDay == "2025-07-14")
    }

    @Test func datelessAndUnparseableItemsAreRejectedWithReasons() {
        #expect(feed.rejected == [
            RejectedItem(index: 3, identity: "urn:namuna:1004", reason: "no pubDate/published/updated"),
            RejectedItem(index: 4, identity: "urn:namuna:1005", reason: "unparseable pubDate \"कल सुबह\""),
        ])
    }

    @Test func sourceFallsBackToHostWithoutFeedTitle() throws {
        let xml = """
        <rss version="2.0"><channel><item><guid>g1</guid><title>शीर्षक</title>\
        <pubDate>Tue, 1 Jul 2025 10:00:00 GMT</pubDate></item></channel></rss>
        """
        let parsed = try FeedParser.parse(Data(xml.utf8), sourceURL: "https://khabar.example.in/feed")
        #expect(parsed.title == nil)
        #expect(parsed.items.first?.source == "khabar.example.in")
        #expect(parsed.items.first?.published == "2025-07-01T10:00:00Z")
    }

    @Test func itemWithNeitherTitleNorTextIsRejected() throws {
        let xml = "<rss><channel><item><guid>g9</guid><pubDate>Tue, 1 Jul 2025 10:00:00 GMT</pubDate></item></channel></rss>"
        let parsed = try FeedParser.parse(Data(xml.utf8))
        #expect(parsed.items.isEmpty)
        #expect(parsed.rejected == [RejectedItem(index: 0, identity: "g9", reason: "no title and no text")])
    }

    @Test func xmlCharacterReferencesAndEscapedAttributesAreDecoded() throws {
        let xml = """
        <rss version="2.0"><channel><title>&#2360;&#x92E;&#x93E;&#x91A;&#x93E;&#x930;</title><item>\
        <link>https://namuna.example/?a=1&amp;b=2</link><title>&lt;तेज़&gt; &quot;हवा&quot; &apos;आज&apos;</title>\
        <description>गति &amp;gt; 60</description><pubDate>Tue, 1 Jul 2025 10:00:00 GMT</pubDate></item></channel></rss>
        """
        let feed = try FeedParser.parse(Data(xml.utf8))
        #expect(feed.title == "समाचार")
        #expect(feed.items.first?.link == "https://namuna.example/?a=1&b=2")
        #expect(feed.items.first?.title == "<तेज़> \"हवा\" 'आज'")
        #expect(feed.items.first?.text == "गति > 60")
    }

    @Test func rss1RDFFeedsAreRead() throws {
        let xml = """
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" \
        xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>आरडीएफ़</title></channel>\
        <item><title>पुरानी शैली</title><link>https://namuna.example/r/1</link><description>पाठ</description>\
        <dc:date>2025-07-01T08:00:00+05:30</dc:date></item></rdf:RDF>
        """
        let parsed = try FeedParser.parse(Data(xml.utf8))
        #expect(parsed.title == "आरडीएफ़")
        #expect(parsed.items.map(\.identity) == ["https://namuna.example/r/1"])
        #expect(parsed.items.first?.publishedDay == "2025-07-01")
    }
}
