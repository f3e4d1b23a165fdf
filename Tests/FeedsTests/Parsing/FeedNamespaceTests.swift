import Foundation
import Testing
@testable import Feeds

@Suite struct FeedNamespaceTests {
    @Test func undeclaredConventionalPrefixesAreReadAndOthersAreNotTakenForRSS() throws {
        let xml = """
        <rss version="2.0"><channel><title>बिना घोषणा</title>
        <item><guid>urn:u:1</guid><title>असली शीर्षक</title><media:title>चित्र का शीर्षक</media:title>
        <content:encoded>&lt;p&gt;पूरा लेख।&lt;/p&gt;</content:encoded><dc:date>2025-05-01T10:00:00+05:30</dc:date></item>
        </channel></rss>
        """
        let feed = try FeedParser.parse(Data(xml.utf8))
        #expect(feed.items.first?.title == "असली शीर्षक")
        #expect(feed.items.first?.text == "पूरा लेख।")
        #expect(feed.items.first?.published == "2025-05-01T10:00:00+05:30")
    }

    @Test func rss2InAUserLandDefaultNamespaceIsRead() throws {
        let xml = """
        <rss version="2.0" xmlns="http://backend.userland.com/rss2"><channel><title>रेडियो</title>
        <item><title>प्रसारण</title><pubDate>Thu, 01 May 2025 10:00:00 GMT</pubDate></item></channel></rss>
        """
        let feed = try FeedParser.parse(Data(xml.utf8))
        #expect(feed.title == "रेडियो")
        #expect(feed.items.map(\.title) == ["प्रसारण"])
    }
}
