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
