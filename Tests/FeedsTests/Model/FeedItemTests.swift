import Digest
import Foundation
import Testing
@testable import Feeds

@Suite struct FeedItemTests {
    @Test func contentIdentityHashesTitleNulText() {
        let a = FeedItem.contentIdentity(title: "बारिश", text: "तेज़ बारिश हुई।")
        #expect(a == "sha256:" + SHA256.hex(of: Array("बारिश".utf8) + [0] + Array("तेज़ बारिश हुई।".utf8)))
        #expect(a == FeedItem.contentIdentity(title: "बारिश", text: "तेज़ बारिश हुई।"))
        #expect(a != FeedItem.contentIdentity(title: "बारिश", text: "हल्की बारिश हुई।"))
        #expect(FeedItem.contentIdentity(title: "a\nb", text: "c") != FeedItem.contentIdentity(title: "a", text: "b\nc"))
    }

    /// Identities recorded from an earlier build: items already stored under them must keep them.
    @Test func contentIdentityIsTheRecordedOne() {
        #expect(FeedItem.contentIdentity(title: "बारिश", text: "तेज़ बारिश हुई।") == "sha256:7485b26084f0bad5c87358b95b9eafaa321a2d2514968bf4fd1f1665eec3bad2")
        #expect(FeedItem.contentIdentity(title: "दिल्ली में भारी बारिश", text: "मौसम विभाग ने अगले दो दिनों के लिए ऑरेंज अलर्ट जारी किया।")
            == "sha256:734fa9ea19f4f4110a3b18989dc6165976c8388adfd45f144a6987756130b6cf")
        #expect(FeedItem.contentIdentity(title: "", text: "") == "sha256:6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d")
    }

    /// Items without guid or link, carrying the same text in different elements.
    static let sameTextTwice = """
    <rss version="2.0"><channel><title>दोहराव</title>
    <item><title>राज्य में लू का प्रकोप
    दोपहर में घर से न निकलने की सलाह।</title><pubDate>Fri, 18 Jul 2025 12:00:00 +0530</pubDate></item>
    <item><description>राज्य में लू का प्रकोप&lt;br&gt;दोपहर में घर से न निकलने की सलाह।</description>    <pubDate>Fri, 18 Jul 2025 12:05:00 +0530</pubDate></item>
    <item><title>सिर्फ़ सुर्ख़ी</title><pubDate>Fri, 18 Jul 2025 12:10:00 +0530</pubDate></item>
    <item><title>सिर्फ़ सुर्ख़ी</title><description>सिर्फ़ सुर्ख़ी</description><pubDate>Fri, 18 Jul 2025 12:15:00 +0530</pubDate></item>
    <item><description>सिर्फ़ सुर्ख़ी</description><pubDate>Fri, 18 Jul 2025 12:20:00 +0530</pubDate></item>
    <item><guid>urn:dohrav:1</guid><title>सिर्फ़ सुर्ख़ी</title><pubDate>Fri, 18 Jul 2025 12:25:00 +0530</pubDate></item>
    <item><guid>urn:dohrav:2</guid><title>सिर्फ़ सुर्ख़ी</title><pubDate>Fri, 18 Jul 2025 12:30:00 +0530</pubDate></item>
    </channel></rss>
    """

    @Test func sameTextInTitleOrBodyIsOneContentIdentity() throws {
        let items = try FeedParser.parse(Data(Self.sameTextTwice.utf8)).items
        #expect(items.count == 7)
        let full = "राज्य में लू का प्रकोप\nदोपहर में घर से न निकलने की सलाह।"
        #expect(items[0].title == "राज्य में लू का प्रकोप" && items[0].text == full)
        #expect(items[1].title == "राज्य में लू का प्रकोप" && items[1].text == full)
        #expect(items[0].identity == items[1].identity)
        #expect(items[0].identity == FeedItem.contentIdentity(title: "राज्य में लू का प्रकोप", text: full))
        // A headline alone, the same headline repeated as description, or as the only description: one identity.
        #expect(Set(items[2...4].map(\.identity)) == [FeedItem.contentIdentity(title: "सिर्फ़ सुर्ख़ी", text: "")])
        #expect(items[2...4].allSatisfy { $0.title == "सिर्फ़ सुर्ख़ी" && $0.text.isEmpty })
    }

    @Test func distinctGuidsAreDistinctArticlesEvenWithEqualText() throws {
        let items = try FeedParser.parse(Data(Self.sameTextTwice.utf8)).items
        #expect(items[5].identity == "urn:dohrav:1")
        #expect(items[6].identity == "urn:dohrav:2")
        #expect(items[5].text == items[6].text && items[5].title == items[6].title)
    }

    @Test func feedErrorDescriptionSaysWhatAndWhere() {
        let error = FeedError(code: .malformedXML, message: "malformed XML: name required (libxml2 code 68)", line: 4, column: 9,
                              sourceURL: "https://namuna.example/rss")
        #expect(error.description == "malformed XML: name required (libxml2 code 68) at line 4, column 9 (https://namuna.example/rss)")
        #expect(FeedError(code: .emptyDocument, message: "empty document").description == "empty document")
    }

    @Test func fetchErrorDescriptionsNameTheURL() {
        #expect(FetchError.httpStatus(code: 503, url: "https://x.example/rss").description == "HTTP 503 from https://x.example/rss")
        #expect(FetchError.httpStatus(code: 503, url: "u").statusCode == 503)
        #expect(FetchError.timedOut(seconds: 2, url: "u").statusCode == nil)
        #expect(FetchError.tooLarge(limit: 10, url: "https://x.example/rss").description
            == "response from https://x.example/rss exceeds the limit of 10 bytes; download stopped")
    }
}
