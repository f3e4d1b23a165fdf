import ArgumentParser
import Foundation
import XCTest
@testable import TimelineCommands

final class ExtractCommandTests: XCTestCase {
    func testParsesPublishedFormatAndFile() throws {
        let parsed = try TimelineCommand.parseAsRoot(["extract", "--published", "2025-07-13", "--format", "table", "a.txt"])
        let command = try XCTUnwrap(parsed as? ExtractCommand)
        XCTAssertEqual(command.published, "2025-07-13")
        XCTAssertEqual(command.format, .table)
        XCTAssertEqual(command.file, "a.txt")
    }

    func testDefaultsToJSONLinesFromStandardInput() throws {
        let command = try XCTUnwrap(try TimelineCommand.parseAsRoot(["extract", "--published", "2025-07-13"]) as? ExtractCommand)
        XCTAssertEqual(command.format, .jsonl)
        XCTAssertEqual(command.file, "-")
    }

    func testRejectsInvalidPublishedDate() {
        for bad in ["2025-13-01", "2025-02-30", "13/07/2025", "kal"] {
            XCTAssertThrowsError(try TimelineCommand.parseAsRoot(["extract", "--published", bad, "a.txt"]), bad) { error in
                XCTAssertTrue(TimelineCommand.message(for: error).contains("--published"), "\(error)")
            }
        }
    }

    func testRequiresPublishedAndKnownFormat() {
        XCTAssertThrowsError(try TimelineCommand.parseAsRoot(["extract", "a.txt"]))
        XCTAssertThrowsError(try TimelineCommand.parseAsRoot(["extract", "--published", "2025-07-13", "--format", "xml"]))
    }

    func testMissingFileNamesThePath() throws {
        let command = try XCTUnwrap(try TimelineCommand.parseAsRoot(
            ["extract", "--published", "2025-07-13", "/nonexistent/dir/article.txt"]) as? ExtractCommand)
        XCTAssertThrowsError(try command.run()) { error in
            XCTAssertTrue("\(error)".contains("/nonexistent/dir/article.txt"), "\(error)")
        }
    }

    func testReadsInvalidUTF8Lossily() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("extract-\(UUID().uuidString).txt")
        try Data([0xFF, 0xFE] + Array(" 12 जुलाई 2025".utf8)).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let text = try TextInput.read(url.path)
        XCTAssertTrue(text.hasPrefix("\u{FFFD}\u{FFFD}"))
        XCTAssertTrue(text.hasSuffix("12 जुलाई 2025"))
    }

    func testKeepsAByteOrderMark() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("extract-\(UUID().uuidString).txt")
        try Data([0xEF, 0xBB, 0xBF] + Array("आज".utf8)).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        XCTAssertEqual(try TextInput.read(url.path).unicodeScalars.first, "\u{FEFF}")
    }

    func testJSONLineHasSpecKeys() throws {
        let found = HindiTemporalFixture.extract("शनिवार को कहा")
        let line = TimexJSON.line(try XCTUnwrap(found.first))
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        XCTAssertEqual(object["text"] as? String, "शनिवार")
        XCTAssertEqual(object["start"] as? Int, 0)
        XCTAssertEqual(object["end"] as? Int, 6)
        XCTAssertEqual(object["type"] as? String, "DATE")
        XCTAssertEqual(object["value"] as? String, "2025-07-12")
    }

    func testBenchRejectsNonPositiveSize() {
        XCTAssertThrowsError(try TimelineCommand.parseAsRoot(["bench", "extract", "--megabytes", "0"]))
    }
}
