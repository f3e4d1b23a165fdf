import Foundation
import Testing
@testable import Feeds

@Suite struct MarkupScannerTests {
    private func tags(_ text: String) -> [String] {
        var scanner = MarkupScanner(Array(text.utf8))
        var found: [String] = []
        while let tag = scanner.next() {
            switch tag.kind {
            case .start: found.append(tag.name)
            case .end: found.append("/" + tag.name)
            case .empty: found.append(tag.name + "/")
            }
        }
        return found
    }

    @Test func skipsCommentsCDATAInstructionsAndDeclarations() {
        let text = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!-- <x> --> <!ELEMENT a (b)>]><rss version=\"2.0\"><!-- <item> -->" +
            "<channel><title><![CDATA[<item>खबर</item>]]></title><br/></channel></rss>"
        #expect(tags(text) == ["rss", "channel", "title", "/title", "br/", "/channel", "/rss"])
    }

    @Test func quotedGreaterThanDoesNotEndATag() {
        #expect(tags("<a title='x > y' b=\"c/>\">पाठ</a>") == ["a", "/a"])
    }

    @Test func lessThanThatBeginsNoNameIsText() {
        #expect(tags("<title>5 < 6 & 7 <= 8</title>") == ["title", "/title"])
    }

    @Test func tagCutOffByALessThanIsSkipped() {
        // An unescaped "<b" in text, and an attribute whose quote is never closed.
        #expect(tags("<title>a<b</title><link href=\"x>y</link><guid>1</guid>") == ["title", "/title", "/link", "guid", "/guid"])
    }

    @Test func rangesCoverTheWholeTag() {
        let bytes = Array("क<item a=\"1\">".utf8)
        var scanner = MarkupScanner(bytes)
        let tag = scanner.next()
        #expect(tag?.range == 3..<bytes.count)
        #expect(scanner.next() == nil)
    }

    @Test func readsAttributeValues() {
        let tag = Array("<feed xml:lang=\"hi\" checked xmlns = 'http://www.w3.org/2005/Atom' xmlns:media=x>".utf8)[...]
        #expect(MarkupScanner.attribute("xmlns", in: tag) == "http://www.w3.org/2005/Atom")
        #expect(MarkupScanner.attribute("xml:lang", in: tag) == "hi")
        #expect(MarkupScanner.attribute("xmlns:media", in: tag) == "x")
        #expect(MarkupScanner.attribute("version", in: tag) == nil)
    }
}
