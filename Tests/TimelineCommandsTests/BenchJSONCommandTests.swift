import Foundation
import XCTest
import Timelines

/// `timeline bench json`: the payload's own JSON coder against Foundation's, and the coder's
/// round trip on the payloads it measures.
final class BenchJSONCommandTests: XCTestCase {
    func testItComparesTheOwnCoderWithFoundationsOnGeneratedPayloads() throws {
        let run = try TimelineBinary.run(["bench", "json", "--articles", "20"])
        XCTAssertEqual(run.status, 0, run.stderr)
        for line in ["payloads: 20,", "write: own writer", "write: JSONEncoder", "read: own reader", "read: JSONDecoder", "read: JSONSerialization"] {
            XCTAssertTrue(run.stdout.contains(line), "\(line) in:\n\(run.stdout)")
        }
        XCTAssertEqual(run.stdout.components(separatedBy: "× the own coder's time").count, 4, run.stdout)
    }

    func testTheOwnWriterAndReaderAgreeWithFoundation() throws {
        let json = #"{"articleRevision":1,"entries":[],"expressions":0,"extractorVersion":"hindi-temporal/1.0","gazetteerRevision":"g","streamID":"article-1","unresolved":[]}"#
        let value = try PayloadJSON.read(json)
        XCTAssertEqual(PayloadJSON.write(value), json)
        XCTAssertEqual(try JSONDecoder().decode(ArticleExtracted.self, from: Data(json.utf8)), value)
    }
}
