import Foundation
import PostgresTestSupport
import XCTest
@testable import Timelines

/// The ingest's own writer of `ArticleExtracted` JSON writes what `JSONEncoder` wrote, byte for
/// byte, and PostgreSQL stores it as the same `jsonb` value.
final class ArticleExtractedWriterTests: XCTestCase {
    func testTheWriterWritesWhatJSONEncoderWrites() throws {
        let values = try ExtractedPayloads.all()
        try TestDatabase.withFresh { conn, _ in
            for value in values {
                let expected = String(decoding: try ExtractedPayloads.encoder.encode(value), as: UTF8.self)
                let written = ArticleExtractedWriter.json(value)
                XCTAssertEqual(written, expected)
                XCTAssertEqual(try JSONDecoder().decode(ArticleExtracted.self, from: Data(written.utf8)), value)
                let same = try conn.query("SELECT $1::jsonb = $2::jsonb AS same", [.json(written), .json(expected)])
                XCTAssertTrue(try same[0].bool("same"))
            }
        }
    }
}
