import Foundation
import Testing
@testable import Feeds

@Suite struct SpoolDocumentTests {
    private func kind(_ name: String, _ text: String) -> SpoolDocument.Kind {
        SpoolDocument.kind(of: URL(fileURLWithPath: "/spool/" + name), data: Data(text.utf8))
    }

    @Test func feedsAreRecognisedByTheirRootWhateverTheName() {
        #expect(kind("desh.xml", Fixtures.rssHindi) == .feed)
        #expect(kind("atom.txt", Fixtures.atom) == .feed)
        #expect(kind("x", "<!-- टिप्पणी -->\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"/>") == .feed)
        let utf16 = Fixtures.utf16Bytes(Fixtures.singleItemRSS(declaring: "UTF-16", title: "क", description: "ख"), littleEndian: true)
        #expect(SpoolDocument.kind(of: URL(fileURLWithPath: "/spool/u.xml"), data: utf16) == .feed)
    }

    @Test func wideFeedsWithoutAByteOrderMarkAreFeeds() {
        let rss = Fixtures.singleItemRSS(declaring: "UTF-16", title: "क", description: "ख")
        for littleEndian in [true, false] {
            let unmarked = Fixtures.utf16Bytes(rss, littleEndian: littleEndian).dropFirst(2)
            #expect(SpoolDocument.kind(of: URL(fileURLWithPath: "/spool/u.xml"), data: Data(unmarked)) == .feed)
        }
        var utf32 = Data()
        for scalar in rss.replacingOccurrences(of: "UTF-16", with: "UTF-32").unicodeScalars {
            withUnsafeBytes(of: scalar.value.bigEndian) { utf32.append(contentsOf: $0) }
        }
        #expect(SpoolDocument.kind(of: URL(fileURLWithPath: "/spool/u32.xml"), data: utf32) == .feed)
    }

    @Test func feedAfterAnHTMLDoctypeIsAFeed() {
        #expect(kind("khabar.xml", Fixtures.rssAfterXHTMLDoctype) == .feed)
        #expect(kind("purani.rss", Fixtures.rssAfterNetscapeDoctype) == .feed)
    }

    @Test func feedInsideAnHTMLPageIsAFeed() {
        #expect(kind("page.xml", SalvageFixtures.atomInsideXHTML) == .feed)
        #expect(kind("page.html", SalvageFixtures.htmlPageWithoutFeed) == .unknown)
    }

    @Test func otherMarkupIsUnknown() {
        #expect(kind("page.xml", Fixtures.htmlPage) == .unknown)
        #expect(kind("list.opml", "<?xml version=\"1.0\"?><opml/>") == .unknown)
    }

    @Test func jsonAndJSONLinesAreTold() {
        #expect(kind("a.json", "{\"id\": \"1\", \"title\": \"बारिश\"}") == .json)
        #expect(kind("a.json", "[{\"id\": \"1\"}, {\"id\": \"2\"}]") == .json)
        #expect(kind("pretty.json", "{\n  \"id\": \"1\",\n  \"title\": \"बारिश\"\n}\n") == .json)
        #expect(kind("a.jsonl", "{\"id\": \"1\"}") == .jsonLines)
        #expect(kind("a.ndjson", "{\"id\": \"1\"}\n{\"id\": \"2\"}") == .jsonLines)
        #expect(kind("batch", "{\"id\": \"1\", \"title\": \"क\"}\n\n{\"id\": \"2\", \"title\": \"ख\"}\n") == .jsonLines)
    }

    @Test func textAndBrokenInputAreUnknown() {
        #expect(kind("story.txt", "दिल्ली में बारिश हुई।") == .unknown)
        #expect(kind("empty.json", "   \n") == .unknown)
        #expect(kind("broken.json", "{\"id\": ") == .unknown)
    }
}
