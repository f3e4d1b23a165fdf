import Foundation
import Testing
@testable import Feeds

/// Documents in legacy encodings, their bytes written out here (encoded beforehand with the
/// standard code tables) so the test does not encode with the code under test.
@Suite struct CharsetTests {
    static let samples: [(label: String, text: String, bytes: [UInt8])] = [
        ("KOI8-R", "Новости дня", [0xEE, 0xCF, 0xD7, 0xCF, 0xD3, 0xD4, 0xC9, 0x20, 0xC4, 0xCE, 0xD1]),
        ("Big5", "今日新聞", [0xA4, 0xB5, 0xA4, 0xE9, 0xB7, 0x73, 0xBB, 0x44]),
        ("EUC-KR", "오늘의 뉴스", [0xBF, 0xC0, 0xB4, 0xC3, 0xC0, 0xC7, 0x20, 0xB4, 0xBA, 0xBD, 0xBA]),
        ("windows-1255", "חדשות היום", [0xE7, 0xE3, 0xF9, 0xE5, 0xFA, 0x20, 0xE4, 0xE9, 0xE5, 0xED]),
        ("ISO-8859-7", "Ειδήσεις σήμερα", [0xC5, 0xE9, 0xE4, 0xDE, 0xF3, 0xE5, 0xE9, 0xF2, 0x20, 0xF3, 0xDE, 0xEC, 0xE5, 0xF1, 0xE1]),
        ("TIS-620", "ข่าววันนี้", [0xA2, 0xE8, 0xD2, 0xC7, 0xC7, 0xD1, 0xB9, 0xB9, 0xD5, 0xE9]),
        ("Shift_JIS", "今日のニュース", [0x8D, 0xA1, 0x93, 0xFA, 0x82, 0xCC, 0x83, 0x6A, 0x83, 0x85, 0x81, 0x5B, 0x83, 0x58]),
        ("EUC-JP", "今日のニュース", [0xBA, 0xA3, 0xC6, 0xFC, 0xA4, 0xCE, 0xA5, 0xCB, 0xA5, 0xE5, 0xA1, 0xBC, 0xA5, 0xB9]),
        ("GB2312", "今日新闻", [0xBD, 0xF1, 0xC8, 0xD5, 0xD0, 0xC2, 0xCE, 0xC5]),
        ("x-mac-roman", "Café crème", [0x43, 0x61, 0x66, 0x8E, 0x20, 0x63, 0x72, 0x8F, 0x6D, 0x65]),
        ("CP866", "Привет", [0x8F, 0xE0, 0xA8, 0xA2, 0xA5, 0xE2]),
        ("windows-1251", "Новини", [0xCD, 0xEE, 0xE2, 0xE8, 0xED, 0xE8]),
    ]

    /// A one-item RSS document whose channel title and item title are `bytes`, and its description `[` `bytes` `]`.
    static func document(declaring label: String?, bytes: [UInt8]) -> Data {
        let parts = Fixtures.singleItemRSS(declaring: label, title: "@@", description: "[@@]").components(separatedBy: "@@")
        return parts.dropFirst().reduce(Data(parts[0].utf8)) { $0 + Data(bytes) + Data($1.utf8) }
    }

    @Test(arguments: samples.indices) func declaredLegacyEncodingIsDecoded(index: Int) throws {
        let sample = Self.samples[index]
        let feed = try FeedParser.parse(Self.document(declaring: sample.label, bytes: sample.bytes))
        #expect(feed.title == sample.text, "\(sample.label)")
        #expect(feed.items.first?.text == "[\(sample.text)]", "\(sample.label)")
    }

    @Test(arguments: samples.indices) func headerCharsetDecodesAnUndeclaredDocument(index: Int) throws {
        let sample = Self.samples[index]
        let feed = try FeedParser.parse(
            Self.document(declaring: nil, bytes: sample.bytes), contentType: "application/rss+xml; charset=\(sample.label)"
        )
        #expect(feed.items.first?.title == sample.text, "\(sample.label)")
    }

    @Test func headerOverridesTheDeclaration() throws {
        let koi8 = Self.samples[0]
        let feed = try FeedParser.parse(Self.document(declaring: "windows-1251", bytes: koi8.bytes), contentTypeCharset: "koi8-r")
        #expect(feed.title == koi8.text)
    }

    @Test func invalidBytesAreNamedWithTheEncoding() {
        // 0xD2 has no character in ISO-8859-7, and is no UTF-8 either.
        let greek = Self.samples[4]
        let data = Self.document(declaring: "ISO-8859-7", bytes: Array(greek.bytes[0..<3]) + [0xD2] + Array(greek.bytes[3...]))
        let offset = data.firstIndex(of: 0xD2)!
        let error = #expect(throws: FeedError.self) { try FeedParser.parse(data) }
        #expect(error?.code == .undecodableBytes)
        #expect(error?.line == 2)
        #expect(error?.column == 39)
        #expect(error?.description == "byte 0xD2 (offset \(offset)) is not valid ISO-8859-7 (named in the XML declaration) at line 2, column 39")
        // A Big5 lead byte followed by '<' is cut off.
        let big5 = Self.document(declaring: "Big5", bytes: [0xA4, 0xB5, 0xA4])
        let cut = #expect(throws: FeedError.self) { try FeedParser.parse(big5) }
        #expect(cut?.message.hasPrefix("byte 0xA4 (offset \(big5.firstIndex(of: 0xA4)! + 2)) is not valid BIG5 (named in the XML declaration)") == true)
    }

    @Test func headerThatDoesNotFitGivesWayToTheDeclarationThenToUTF8() throws {
        // Header says UTF-8, declaration windows-1255, bytes are windows-1255.
        let hebrew = Self.samples[3]
        let feed = try FeedParser.parse(Self.document(declaring: "windows-1255", bytes: hebrew.bytes), contentTypeCharset: "utf-8")
        #expect(feed.title == hebrew.text)
        // Declared EUC-KR but written in UTF-8: read as UTF-8.
        let hindi = Array("हिंदी ख़बरें".utf8)
        let utf8 = try FeedParser.parse(Self.document(declaring: "EUC-KR", bytes: hindi))
        #expect(utf8.title == "हिंदी ख़बरें")
    }

    @Test func utf16LabelOnAnASCIIDocumentIsIgnored() throws {
        let xml = Fixtures.singleItemRSS(declaring: "UTF-16", title: "समाचार", description: "पाठ")
        #expect(try FeedParser.parse(Data(xml.utf8)).title == "समाचार")
        #expect(try FeedParser.parse(Data(xml.utf8), contentTypeCharset: "utf-16").title == "समाचार")
    }

    @Test func utf32WithoutAByteOrderMarkIsDetected() throws {
        let xml = Fixtures.singleItemRSS(declaring: "UTF-32", title: "गंगा", description: "जल")
        var bytes: [UInt8] = []
        for scalar in xml.unicodeScalars {
            let v = scalar.value
            bytes += [UInt8(v >> 24), UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF)]
        }
        #expect(try FeedParser.parse(Data(bytes)).title == "गंगा")
    }

    @Test func namesResolveToSupersetsAndUnknownNamesToNil() {
        #expect(Charset(named: "koi8-r") == .iconv(name: "KOI8-R", label: "KOI8-R"))
        #expect(Charset(named: "\"gb2312\"") == .iconv(name: "GB18030", label: "GB2312"))
        #expect(Charset(named: "Latin1") == .windows1252(label: "LATIN1"))
        #expect(Charset(named: "US-ASCII") == .utf8)
        #expect(Charset(named: "x-martian-7") == nil)
        #expect(Charset(named: "") == nil)
        #expect(FeedEncoding.canDecode("TIS-620"))
        #expect(!FeedEncoding.canDecode("klingon"))
    }

    @Test func latin1LabelReadsWindows1252Punctuation() throws {
        let bytes = Self.document(declaring: "ISO-8859-1", bytes: [0x93, 0x41, 0x94, 0x20, 0x96, 0x20, 0x80])
        #expect(try FeedParser.parse(bytes).title == "“A” – €")
    }
}
