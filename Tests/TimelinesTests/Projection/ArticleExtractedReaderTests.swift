import Foundation
import PostgresTestSupport
import XCTest
@testable import Timelines

/// The projection's own reader of `ArticleExtracted` JSON gives what `JSONDecoder` gives, for the
/// text the ingest writes and for the text PostgreSQL hands back from the `jsonb` column.
final class ArticleExtractedReaderTests: XCTestCase {
    func testTheIngestsTextAndTheDatabasesTextReadAsJSONDecoderReadsThem() throws {
        let values = try ExtractedPayloads.all()
        XCTAssertTrue(values.contains { !$0.entries.isEmpty && !$0.entries[0].actors.isEmpty })
        XCTAssertTrue(values.contains { $0.entries.contains { !$0.places.isEmpty } })
        try TestDatabase.withFresh { conn, _ in
            for value in values {
                let written = String(decoding: try ExtractedPayloads.encoder.encode(value), as: UTF8.self)
                let stored = try XCTUnwrap(try conn.query("SELECT $1::jsonb::text AS data", [.json(written)])[0]["data"])
                for text in [written, stored] {
                    let expected = try JSONDecoder().decode(ArticleExtracted.self, from: Data(text.utf8))
                    XCTAssertEqual(expected, value)
                    XCTAssertEqual(try ArticleExtractedReader.read(text), expected, text)
                }
            }
        }
    }

    func testEscapesKeyOrderAndUnknownKeysAreRead() throws {
        let text = #"""
            { "gazetteerRevision":"r", "extractorVersion":"v\u0031", "unresolved":[], "expressions":1,
              "later": {"nested": [1, 2.5e3, true, null, "x"]}, "streamID":"s\u0928\u093F\ud83d\ude00\/",
              "articleRevision":-2, "entries":[] }
            """#
        let value = try ArticleExtractedReader.read(text)
        XCTAssertEqual(value, try JSONDecoder().decode(ArticleExtracted.self, from: Data(text.utf8)))
        XCTAssertEqual(value.streamID, "sनि😀/")
        XCTAssertEqual(value.extractorVersion, "v1")
        XCTAssertEqual(value.articleRevision, -2)
    }

    func testTextItDoubtsIsLeftToJSONDecoder() throws {
        let valid = #"{"streamID":"s","articleRevision":1,"entries":[],"expressions":0,"unresolved":[],"extractorVersion":"v","gazetteerRevision":"r"}"#
        XCTAssertNoThrow(try ArticleExtractedReader.read(valid))
        let doubtful = [
            valid.replacingOccurrences(of: #""expressions":0"#, with: #""expressions":0.5"#),
            valid.replacingOccurrences(of: #""expressions":0"#, with: #""expressions":1e2"#),
            valid.replacingOccurrences(of: #","gazetteerRevision":"r""#, with: ""),
            valid.replacingOccurrences(of: #""streamID":"s""#, with: #""streamID":null"#),
            valid.replacingOccurrences(of: #""streamID":"s""#, with: #""streamID":"\ud800""#),
            valid.replacingOccurrences(of: #""streamID":"s""#, with: "\"streamID\":\"a\u{1}b\""),
            valid + " {}",
            String(valid.dropLast()),
        ]
        for text in doubtful {
            XCTAssertThrowsError(try ArticleExtractedReader.read(text), text)
        }
    }
}
