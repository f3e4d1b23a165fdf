import Foundation
import HindiTemporal
import XCTest
@testable import Timelines

final class ArticleDecoderTests: XCTestCase {
    private let decoder = ArticleDecoder()

    private func decode(_ text: String, name: String = "input.json", format: ArticleDecoder.Format? = nil,
                        defaults: ArticleDecoder.PlainTextDefaults = .init()) -> ArticleDecoder.Result {
        decoder.decode(Data(text.utf8), name: name, format: format, defaults: defaults)
    }

    func testOneJSONObject() throws {
        let result = decode(#"{"url": "https://example.test/a", "title": "बैठक", "published": "2025-07-13T09:00:00+05:30", "text": "मंत्री ने शनिवार को बैठक की।", "tags": ["रूस"], "source": "test", "language": "hi"}"#)
        XCTAssertEqual(result.errors, [])
        let article = try XCTUnwrap(result.articles.first)
        XCTAssertEqual(article.identifier, "https://example.test/a")
        XCTAssertEqual(article.published.iso, "2025-07-13")
        XCTAssertEqual(article.publishedAt, "2025-07-13T09:00:00+05:30")
        XCTAssertEqual(article.tags, ["रूस"])
        XCTAssertEqual(article.source, "test")
        XCTAssertTrue(article.streamID.hasPrefix("article-"))
    }

    func testArrayAndNumericID() {
        let result = decode(#"[{"id": 42, "title": "a", "published": "2025-01-02", "text": "पहला"}, {"id": "b", "title": "b", "published": "2025-01-03", "text": "दूसरा"}]"#)
        XCTAssertEqual(result.errors, [])
        XCTAssertEqual(result.articles.map(\.identifier), ["42", "b"])
    }

    func testJSONLinesReportsEachBadLineWithItsNumberAndField() {
        let lines = [
            #"{"id": "1", "title": "t", "published": "2025-07-13", "text": "ठीक है"}"#,
            #"{"id": "2", "title": "t", "published": "13/07/2025", "text": "तारीख गलत"}"#,
            "",
            #"{"id": "3", "title": "t", "published": "2025-07-13" "#,
            #"{"title": "t", "published": "2025-07-13", "text": "पहचान नहीं"}"#,
            #"{"id": "5", "title": "t", "published": "2025-07-13", "text": "", "tags": []}"#,
            #"{"id": "6", "title": 7, "published": "2025-07-13", "text": "शीर्षक संख्या"}"#,
            #"{"id": "7", "title": "t", "published": "2025-07-13", "text": "टैग", "tags": [1]}"#,
        ].joined(separator: "\n")
        let result = decode(lines, name: "feed.jsonl")
        XCTAssertEqual(result.articles.map(\.identifier), ["1"])
        XCTAssertEqual(result.errors.map(\.line), [2, 4, 5, 6, 7, 8])
        XCTAssertEqual(result.errors.map(\.field), ["published", nil, "url", "text", "title", "tags"])
        XCTAssertTrue(result.errors.allSatisfy { $0.file == "feed.jsonl" })
        XCTAssertEqual(result.errors[0].description,
                       "feed.jsonl:2 field 'published': '13/07/2025' is not a date (YYYY-MM-DD) or an RFC 3339 timestamp with zone")
    }

    func testInvalidJSONDocumentIsOneErrorNamingTheFile() {
        let result = decode("{not json", name: "broken.json")
        XCTAssertTrue(result.articles.isEmpty)
        XCTAssertEqual(result.errors.count, 1)
        XCTAssertTrue(result.errors[0].description.hasPrefix("broken.json: is not valid JSON"))
    }

    func testInvalidUTF8IsRefusedNotGuessed() {
        let result = decoder.decode(Data([0x7B, 0xFF, 0xFE, 0x7D]), name: "latin1.json")
        XCTAssertEqual(result.errors.first?.reason, "is not valid UTF-8")
    }

    func testFeedTrailersLeaveTheTextAndBecomeTags() throws {
        let text = "विदेश मंत्री ने सोमवार को दौरा किया।\\n(टैगस्टोट्रांसलेट) जापान (टी) दक्षिण कोरिया\\nSource link"
        let result = decode(#"{"id": "t1", "title": "t", "published": "2025-07-14", "text": "\#(text)", "tags": ["जापान"]}"#)
        let article = try XCTUnwrap(result.articles.first, "\(result.errors)")
        XCTAssertEqual(article.text, "विदेश मंत्री ने सोमवार को दौरा किया।")
        XCTAssertEqual(article.tags, ["जापान", "दक्षिण कोरिया"])
    }

    func testPlainTextWithHeader() throws {
        let text = "title: बजट पर चर्चा\npublished: 2025-02-01\nurl: https://example.test/budget\n\nवित्त मंत्री ने आज बजट पेश किया।"
        let result = decode(text, name: "budget.txt")
        let article = try XCTUnwrap(result.articles.first, "\(result.errors)")
        XCTAssertEqual(article.title, "बजट पर चर्चा")
        XCTAssertEqual(article.identifier, "https://example.test/budget")
        XCTAssertEqual(article.published.iso, "2025-02-01")
        XCTAssertEqual(article.text, "वित्त मंत्री ने आज बजट पेश किया।")
    }

    func testPlainTextWithoutDateNamesTheFlag() {
        let result = decode("नई दिल्ली: मंत्री ने कल बैठक की।", name: "story.txt")
        XCTAssertEqual(result.errors.first?.field, "published")
        XCTAssertTrue(result.errors.first?.description.contains("--published") ?? false)
    }

    func testPlainTextDefaultsFromFlags() throws {
        let defaults = ArticleDecoder.PlainTextDefaults(published: CalendarDay(iso: "2025-03-04"), title: "शीर्षक")
        let result = decode("नई दिल्ली: मंत्री ने कल बैठक की।", name: "story.txt", defaults: defaults)
        let article = try XCTUnwrap(result.articles.first)
        XCTAssertEqual(article.published.iso, "2025-03-04")
        XCTAssertEqual(article.title, "शीर्षक")
        XCTAssertEqual(article.text, "नई दिल्ली: मंत्री ने कल बैठक की।", "a first line with a colon is not a header")
    }

    func testFormatDetection() {
        XCTAssertEqual(ArticleDecoder.detectFormat(name: "-", data: Data("{\"a\":1}\n{\"a\":2}\n".utf8)), .jsonl)
        XCTAssertEqual(ArticleDecoder.detectFormat(name: "-", data: Data("{\n \"a\": 1\n}\n".utf8)), .json)
        XCTAssertEqual(ArticleDecoder.detectFormat(name: "-", data: Data("[{}]".utf8)), .json)
        XCTAssertEqual(ArticleDecoder.detectFormat(name: "x.txt", data: Data("{".utf8)), .text)
        XCTAssertEqual(ArticleDecoder.detectFormat(name: "-", data: Data("नमस्ते".utf8)), .text)
    }

    func testContentHashChangesWithTheBodyNotWithTheSource() throws {
        let a = try XCTUnwrap(decode(#"{"id": "x", "title": "t", "published": "2025-07-13", "text": "एक", "source": "s1"}"#).articles.first)
        var b = a
        b.source = "s2"
        XCTAssertEqual(a.contentHash, b.contentHash)
        b.text = "दो"
        XCTAssertNotEqual(a.contentHash, b.contentHash)
        XCTAssertEqual(a.streamID, b.streamID)
    }
}
