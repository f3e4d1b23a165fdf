import Testing
@testable import Feeds

@Suite struct FeedOutlineTests {
    private func text(_ bytes: [UInt8], _ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

    @Test func findsRootChannelHeadAndItems() throws {
        let bytes = Array("<rss version=\"2.0\"><channel><title>समाचार</title>\n<item><title>एक</title></item>\n<item><title>दो</title>\n</channel>".utf8)
        let outline = try #require(FeedOutline(bytes))
        #expect(outline.format == .rss)
        #expect(text(bytes, outline.root.range) == "<rss version=\"2.0\">")
        #expect(outline.channel.map { text(bytes, $0.range) } == "<channel>")
        #expect(text(bytes, outline.head) == "<title>समाचार</title>\n")
        #expect(outline.items.map { text(bytes, $0.range) } == ["<item><title>एक</title></item>", "<item><title>दो</title>\n"])
        #expect(outline.items.map(\.end) == [.complete, .interrupted(by: MarkupScanner.Tag(kind: .end, name: "channel", range: (bytes.count - 10)..<bytes.count))])
    }

    @Test func itemWithoutEndTagIsInterruptedByTheNextAndTheLastOneTruncated() throws {
        let bytes = Array("<feed xmlns=\"http://purl.org/atom/ns#\"><entry><id>1</id>\n<entry/><entry><id>3</id>".utf8)
        let outline = try #require(FeedOutline(bytes))
        #expect(outline.format == .atom)
        #expect(outline.items.map { text(bytes, $0.range) } == ["<entry><id>1</id>\n", "<entry/>", "<entry><id>3</id>"])
        #expect(outline.items.map(\.end.isInterrupted) == [true, false, false])
        #expect(outline.items.last?.end == .truncated)
    }

    @Test func rdfItemsBesideTheChannelBelongToTheHeadAfterIt() throws {
        let bytes = Array("<rdf:RDF><channel><title>क</title></channel><item>1</item><item>2</item></rdf:RDF><item>3</item>".utf8)
        let outline = try #require(FeedOutline(bytes))
        #expect(outline.format == .rdf)
        #expect(outline.channel == nil)
        #expect(text(bytes, outline.head) == "<channel><title>क</title></channel>")
        #expect(outline.items.count == 2)
    }

    @Test func atomRootMustDeclareAnAtomNamespace() throws {
        let page = "<html><body><feed><entry/></feed><atom:feed xmlns:atom=\"http://www.w3.org/2005/Atom\"><atom:entry>1</atom:entry></atom:feed>"
        let outline = try #require(FeedOutline(Array(page.utf8)))
        #expect(outline.root.name == "atom:feed")
        #expect(outline.items.map(\.start.name) == ["atom:entry"])
        #expect(!FeedOutline.containsFeedRoot(Array("<html><body><feed><entry/></feed><p>&lt;rss&gt;</p><!-- <rss> --></body></html>".utf8)))
    }
}

extension FeedOutline.Item.End {
    var isInterrupted: Bool {
        if case .interrupted = self { return true }
        return false
    }
}
