import Foundation
import Testing
@testable import Feeds

@Suite struct FeedSalvageTests {
    private func parse(_ text: String, contentType: String? = nil) throws -> ParsedFeed {
        try FeedParser.parse(Data(text.utf8), contentType: contentType, sourceURL: "https://namuna.example/feed")
    }

    @Test func unclosedElementInTheHeadKeepsTheItems() throws {
        let feed = try parse(SalvageFixtures.unclosedHeadElement)
        #expect(feed.items.map(\.title) == ["संसद में बहस", "बाज़ार में तेज़ी", "मौसम साफ़ रहेगा"])
        #expect(feed.items.map(\.source) == Array(repeating: "आकाशवाणी समाचार", count: 3))
        #expect(feed.title == "आकाशवाणी समाचार")
        #expect(feed.rejected.isEmpty)
        #expect(feed.recoveredFrom?.code == .malformedXML)
        #expect(feed.recoveredFrom?.line == 9)
        #expect(feed.recoveredFrom?.description.hasPrefix(
            "malformed XML: closing tag does not match the open element <category> (libxml2 error 76) at line 9, column") == true)
        #expect(feed.recoveredFrom?.description.hasSuffix("(https://namuna.example/feed)") == true)
    }

    @Test func documentWithoutItsRootEndTagKeepsItsItems() throws {
        let feed = try parse(SalvageFixtures.missingRootEndTag)
        #expect(feed.items.map(\.identity) == ["urn:akash:1", "urn:akash:2"])
        #expect(feed.title == "शहर समाचार")
        #expect(feed.rejected.isEmpty)
        #expect(feed.recoveredFrom?.message == "malformed XML: document ends inside the open element <rss> (libxml2 error 77)")
    }

    @Test func itemCutOffByTheEndOfTheDocumentIsRejected() throws {
        let feed = try parse(SalvageFixtures.cutInsideAnItem)
        #expect(feed.items.map(\.identity) == ["urn:akash:1", "urn:akash:2"])
        #expect(feed.rejected == [RejectedItem(
            index: 2, identity: "urn:akash:3", reason: "the document ends inside this item (its <item> starts at line 6, column 1)"
        )])
        #expect(feed.recoveredFrom?.message.hasPrefix("malformed XML: document ends inside the open element") == true)
    }

    @Test func atomFeedInsideAnXHTMLPageIsRead() throws {
        for contentType in [nil, "application/xhtml+xml"] {
            let feed = try parse(SalvageFixtures.atomInsideXHTML, contentType: contentType)
            #expect(feed.title == "यात्रा & ब्लॉग")
            #expect(feed.items.map(\.title) == ["पहाड़ों की सैर", "समुद्र तट"])
            #expect(feed.items.map(\.text) == ["हम शिमला गए।", "गोवा की यात्रा।"])
            #expect(feed.recoveredFrom?.code == .htmlPage)
            let served = contentType == nil ? "" : " (served as text/html)"
            #expect(feed.recoveredFrom?.description
                == "the feed is inside an HTML page\(served): its <feed> starts at line 5, column 3 (https://namuna.example/feed)")
        }
    }

    @Test func brokenItemsAreRejectedAndTheirNeighboursKept() throws {
        let feed = try parse(SalvageFixtures.brokenItemsAmongGood)
        #expect(feed.items.map(\.identity) == ["urn:akash:1", "urn:akash:3", "urn:akash:5"])
        #expect(feed.title == "अर्थ जगत")
        #expect(feed.rejected.map(\.index) == [1, 3])
        #expect(feed.rejected.map(\.identity) == ["urn:akash:2", "urn:akash:4"])
        #expect(feed.rejected[0].reason.hasPrefix("malformed XML: ") == true)
        #expect(feed.rejected[0].reason.contains(" at line 5, column "))
        #expect(feed.rejected[1].reason.hasPrefix(
            "malformed XML: closing tag does not match the open element <title> (libxml2 error 76) at line 9, column ") == true)
        // The first failure of the whole document is the second item's, at the place its reason names.
        let first = try #require(feed.recoveredFrom)
        #expect(feed.rejected[0].reason == "\(first.message) at line \(first.line ?? 0), column \(first.column ?? 0)")
    }

    @Test func itemWithoutItsEndTagIsRejectedAndTheNextOneRead() throws {
        let xml = SalvageFixtures.brokenItemsAmongGood.replacingOccurrences(of: "<title>रुपया < डॉलर</title>\n  <pubDate>Mon, 21 Jul 2025 02:00:00 +0530</pubDate>\n</item>", with: "<title>रुपया</title>")
        let feed = try parse(xml)
        #expect(feed.items.map(\.identity) == ["urn:akash:1", "urn:akash:3", "urn:akash:5"])
        #expect(feed.rejected.first == RejectedItem(
            index: 1, identity: "urn:akash:2", reason: "the <item> at line 3, column 1 has no end tag before the <item> at line 6, column 1"
        ))
    }

    @Test func errorOnTheLineAnItemStartsIsPlacedAsInTheWholeDocument() throws {
        // Only the fourth item is broken, so the whole document's error is that item's.
        let xml = SalvageFixtures.brokenItemsAmongGood.replacingOccurrences(of: "रुपया < डॉलर", with: "रुपया &lt; डॉलर")
        let feed = try parse(xml)
        let first = try #require(feed.recoveredFrom)
        #expect(first.line == 9)
        #expect(feed.rejected.map(\.reason) == ["\(first.message) at line 9, column \(first.column ?? 0)"])
        #expect(feed.items.count == 4)
    }

    @Test func textBeforeTheFeedIsSkipped() throws {
        let xml = "Warning: पुराना कोड at line 12\n" + SalvageFixtures.unclosedHeadElement.replacingOccurrences(of: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", with: "")
        let feed = try parse(xml)
        #expect(feed.items.count == 3)
        #expect(feed.recoveredFrom?.code == .malformedXML)
    }

    @Test func rdfItemsBesideABrokenChannelAreRead() throws {
        let xml = """
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel rdf:about="https://namuna.example/"><title>आरडीएफ़ समाचार</title><description>टूटा <b>विवरण</description></channel>
        <item rdf:about="https://namuna.example/1"><title>पहली</title><dc:date>2025-07-21T09:00:00+05:30</dc:date></item>
        </rdf:RDF>
        """
        let feed = try parse(xml)
        #expect(feed.items.map(\.identity) == ["https://namuna.example/1"])
        #expect(feed.title == "आरडीएफ़ समाचार")
        #expect(feed.recoveredFrom?.line == 2)
    }

    @Test func htmlPageWithoutAFeedIsStillAnHTMLPage() {
        let error = #expect(throws: FeedError.self) { try parse(SalvageFixtures.htmlPageWithoutFeed) }
        #expect(error?.code == .htmlPage)
        #expect(error?.description == "an HTML page, not an RSS or Atom feed (https://namuna.example/feed)")
    }

    @Test func feedWithoutACompleteItemThrowsTheOriginalError() {
        let cut = "<rss version=\"2.0\"><channel><title>क</title>\n<item><title>अधूरी ख़बर"
        let error = #expect(throws: FeedError.self) { try parse(cut) }
        #expect(error?.code == .malformedXML)
        #expect(error?.line == 2)
        // The only complete item does not read as XML either.
        let broken = #expect(throws: FeedError.self) { try parse(Fixtures.malformed) }
        #expect(broken?.description.hasPrefix("malformed XML: closing tag does not match the open element <title>") == true)
    }

    @Test func refusalsBeforeReadingAreNotSalvaged() {
        let declared = "<!DOCTYPE rss [<!ENTITY a \"x\">]>\n" + SalvageFixtures.unclosedHeadElement
            .replacingOccurrences(of: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", with: "")
        #expect(throws: FeedError(code: .entityDeclarations, message: "the DOCTYPE declares entities (<!ENTITY …>), which feeds do not need and are not read",
                                  sourceURL: "https://namuna.example/feed")) { try parse(declared) }
        let error = #expect(throws: FeedError.self) {
            try FeedParser.parse(Data(SalvageFixtures.unclosedHeadElement.utf8), maxBytes: 100)
        }
        #expect(error?.code == .tooLarge)
    }

    @Test func wellFormedFeedsAreNotMarkedRecovered() throws {
        #expect(try parse(Fixtures.rssHindi).recoveredFrom == nil)
        #expect(try parse(Fixtures.atom).recoveredFrom == nil)
    }
}
