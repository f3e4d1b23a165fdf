import Foundation
import Testing
@testable import Feeds

@Suite struct FeedEncodingTests {
    @Test func iso88591DeclarationIsDecoded() throws {
        let xml = Fixtures.singleItemRSS(declaring: "ISO-8859-1", title: "Résumé du café", description: "Über Zürich, 20 °C")
        let bytes = Fixtures.latin1Bytes(xml)
        #expect(bytes.contains(0xE9))  // é as one Latin-1 byte
        let feed = try FeedParser.parse(bytes)
        #expect(feed.title == "Résumé du café")
        #expect(feed.items.first?.text == "Über Zürich, 20 °C")
    }

    @Test func windows1252SmartQuotesDashAndEuroAreDecoded() throws {
        let head = Fixtures.singleItemRSS(declaring: "windows-1252", title: "Prix", description: "@@")
        let parts = head.components(separatedBy: "@@")
        // “Prix” 5 € — bon   in windows-1252: 0x93 … 0x94, 0x80, 0x97
        let middle: [UInt8] = [0x93] + Array("Prix".utf8) + [0x94, 0x20, 0x35, 0x20, 0x80, 0x20, 0x97, 0x20] + Array("bon".utf8)
        let bytes = Fixtures.latin1Bytes(parts[0]) + Data(middle) + Fixtures.latin1Bytes(parts[1])
        let feed = try FeedParser.parse(bytes)
        #expect(feed.items.first?.text == "“Prix” 5 € — bon")
    }

    @Test func utf16WithByteOrderMarkIsDecodedBothEndians() throws {
        let xml = Fixtures.singleItemRSS(declaring: "UTF-16", title: "हिंदी समाचार", description: "गंगा नदी में बाढ़ आई।")
        for littleEndian in [true, false] {
            let feed = try FeedParser.parse(Fixtures.utf16Bytes(xml, littleEndian: littleEndian))
            #expect(feed.title == "हिंदी समाचार")
            #expect(feed.items.first?.text == "गंगा नदी में बाढ़ आई।")
        }
    }

    @Test func utf8ByteOrderMarkIsSkipped() throws {
        let xml = Fixtures.singleItemRSS(declaring: "UTF-8", title: "बीओएम", description: "पाठ")
        let feed = try FeedParser.parse(Data([0xEF, 0xBB, 0xBF]) + Data(xml.utf8))
        #expect(feed.title == "बीओएम")
    }

    @Test func contentTypeCharsetOverridesMissingDeclaration() throws {
        let xml = Fixtures.singleItemRSS(declaring: nil, title: "Café", description: "crème brûlée")
        let feed = try FeedParser.parse(Fixtures.latin1Bytes(xml), contentType: "application/rss+xml; charset=\"ISO-8859-1\"")
        #expect(feed.title == "Café")
        #expect(feed.items.first?.text == "crème brûlée")
    }

    @Test func byteOrderMarkWinsOverTheHeader() throws {
        let xml = Fixtures.singleItemRSS(declaring: "UTF-16", title: "यमुना", description: "जलस्तर बढ़ा।")
        let feed = try FeedParser.parse(Fixtures.utf16Bytes(xml, littleEndian: true), contentTypeCharset: "utf-8")
        #expect(feed.items.first?.text == "जलस्तर बढ़ा।")
    }

    @Test func utf8DeclarationWinsOverALatin1ServerDefaultWhenTheBytesAreUTF8() throws {
        let xml = Fixtures.singleItemRSS(declaring: "UTF-8", title: "हिंदी", description: "पटना में मेला।")
        let feed = try FeedParser.parse(Data(xml.utf8), contentType: "text/xml; charset=ISO-8859-1")
        #expect(feed.title == "हिंदी")
        #expect(feed.items.first?.text == "पटना में मेला।")
        // A real Latin-1 document under the same header is still read as Latin-1.
        let latin = Fixtures.singleItemRSS(declaring: "UTF-8", title: "Café", description: "x")
        let error = #expect(throws: FeedError.self) { try FeedParser.parse(Fixtures.latin1Bytes(latin)) }
        #expect(error?.code == .undecodableBytes)
        let served = try FeedParser.parse(Fixtures.latin1Bytes(latin), contentType: "text/xml; charset=ISO-8859-1")
        #expect(served.title == "Café")
    }

    @Test func declarationIsRewrittenToUTF8() throws {
        let xml = Fixtures.singleItemRSS(declaring: "ISO-8859-1", title: "é", description: "x")
        let converted = try FeedEncoding.utf8Document(Fixtures.latin1Bytes(xml), charset: nil)
        let text = String(decoding: converted, as: UTF8.self)
        #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"))
        #expect(text.contains("<title>é</title>"))
    }

    @Test func unknownEncodingNameIsAClearError() {
        let xml = Fixtures.singleItemRSS(declaring: "x-martian-7", title: "t", description: "d")
        let error = #expect(throws: FeedError.self) { try FeedParser.parse(Data(xml.utf8)) }
        #expect(error?.code == .unknownEncoding)
        #expect(error?.description == "the encoding 'x-martian-7' named in the XML declaration is not one this system can decode at line 1")
        let headerError = #expect(throws: FeedError.self) { try FeedParser.parse(Data(xml.utf8), contentTypeCharset: "klingon") }
        #expect(headerError?.code == .unknownEncoding)
        #expect(headerError?.description == "the charset 'klingon' named in the HTTP Content-Type header is not one this system can decode")
    }

    @Test func unknownHeaderCharsetGivesWayToAKnownDeclaration() throws {
        let xml = Fixtures.singleItemRSS(declaring: "ISO-8859-1", title: "Café", description: "x")
        let feed = try FeedParser.parse(Fixtures.latin1Bytes(xml), contentType: "text/xml; charset=klingon")
        #expect(feed.title == "Café")
    }

    @Test func invalidUTF8NamesTheByteItsOffsetLineAndColumn() {
        let prefix = Array("<rss><channel>\n<title>नया".utf8)
        let bytes = Data(prefix + [0xC3, 0x28] + Array("</title></channel></rss>".utf8))
        let error = #expect(throws: FeedError.self) { try FeedParser.parse(bytes) }
        #expect(error?.code == .undecodableBytes)
        #expect(error?.line == 2)
        #expect(error?.column == 11)
        #expect(error?.description == "byte 0xC3 (offset \(prefix.count)) is not valid UTF-8 (no encoding was named, so UTF-8 was assumed) at line 2, column 11")
    }

    @Test func charsetParameterIsExtracted() {
        #expect(FeedEncoding.charset(fromContentType: "text/xml; charset=windows-1252") == "windows-1252")
        #expect(FeedEncoding.charset(fromContentType: "application/atom+xml;type=feed; Charset=\"UTF-8\"") == "UTF-8")
        #expect(FeedEncoding.charset(fromContentType: "application/rss+xml") == nil)
    }
}
