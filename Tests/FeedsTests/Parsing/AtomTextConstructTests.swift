import Foundation
import Testing
@testable import Feeds

@Suite struct AtomTextConstructTests {
    private static let pngBase64 = "iVBORw0KGgoAAAANSUhEUgAAAAE="
    private static let textBase64 = "4KSV4KWH4KS14KSyIOCkquCkvuCkoCDgpK7gpYfgpIIg4KS44KS+4KSw4KWk"  // "केवल पाठ में सार।"

    private func entry(_ children: String) throws -> ParsedFeed {
        let xml = """
        <feed xmlns="http://www.w3.org/2005/Atom"><title>ब</title><entry><id>urn:b:1</id><title>बाइनरी</title>\
        <updated>2025-04-01T00:00:00Z</updated>\(children)</entry></feed>
        """
        return try FeedParser.parse(Data(xml.utf8))
    }

    @Test func kindsFromTypeAndMode() {
        #expect(AtomTextConstruct.kind(type: nil, mode: nil, atom03: false) == .plain)
        #expect(AtomTextConstruct.kind(type: "text/plain", mode: nil, atom03: false) == .plain)
        #expect(AtomTextConstruct.kind(type: "application/atom+xml", mode: nil, atom03: false) == .xhtml)
        #expect(AtomTextConstruct.kind(type: "application/octet-stream", mode: nil, atom03: false) == .base64(html: false))
        #expect(AtomTextConstruct.kind(type: "image/png", mode: nil, atom03: false) == .binary)
        #expect(AtomTextConstruct.kind(type: nil, mode: nil, atom03: true) == .plain)
        #expect(AtomTextConstruct.kind(type: "text/html", mode: nil, atom03: true) == .xhtml)
        #expect(AtomTextConstruct.kind(type: "text/html", mode: "escaped", atom03: true) == .html)
        #expect(AtomTextConstruct.kind(type: nil, mode: "escaped", atom03: true) == .html)
        #expect(AtomTextConstruct.kind(type: "text/plain", mode: "escaped", atom03: true) == .plain)
        #expect(AtomTextConstruct.kind(type: "text/plain", mode: "base64", atom03: true) == .base64(html: false))
        #expect(AtomTextConstruct.kind(type: "image/gif", mode: "base64", atom03: true) == .binary)
    }

    @Test func base64TextContentOfANonTextTypeIsDecoded() throws {
        let feed = try entry("<content type=\"application/octet-stream\">\n\(Self.textBase64)\n</content>")
        #expect(feed.items.first?.text == "केवल पाठ में सार।")
    }

    @Test func base64ImageContentIsNotTextAndTheSummaryIsUsed() throws {
        let feed = try entry("<summary>चित्र का सार।</summary><content type=\"image/png\">\(Self.pngBase64)</content>")
        #expect(feed.items.first?.text == "चित्र का सार।")
        let alone = try entry("<content type=\"image/png\">\(Self.pngBase64)</content>")
        #expect(alone.items.first?.text == "")
        #expect(alone.items.first?.title == "बाइनरी")
    }

    @Test func base64OfBinaryBytesUnderATextlessTypeIsDropped() throws {
        let feed = try entry("<summary>सार।</summary><content type=\"application/octet-stream\">\(Self.pngBase64)</content>")
        #expect(feed.items.first?.text == "सार।")
    }
}
