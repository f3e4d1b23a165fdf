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

/// `timeline extract --events`: one JSON object per dated entry with what happened, no database.
final class ExtractEventsCommandTests: XCTestCase {
    func testEachDatedEntrySaysWhatHappenedWhetherItHappenedAndWhoDidIt() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("events-\(UUID().uuidString).txt")
        let text = "सर्गेई लावरोव ने शनिवार को किम जोंग उन से मुलाकात की। किम जोंग उन की अगले सप्ताह की मास्को यात्रा रद्द कर दी गई है।"
        try text.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let run = try TimelineBinary.run(["extract", "--published", "2025-07-13", "--events", url.path])
        XCTAssertEqual(run.status, 0, run.stderr)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 2, run.stdout)
        let first = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        XCTAssertEqual((first["expression"] as? [String: Any])?["value"] as? String, "2025-07-12")
        let trigger = try XCTUnwrap(first["trigger"] as? [String: Any])
        XCTAssertEqual(trigger["text"] as? String, "मुलाकात")
        let scalars = Array(text.unicodeScalars)
        let start = try XCTUnwrap(trigger["start"] as? Int), end = try XCTUnwrap(trigger["end"] as? Int)
        XCTAssertEqual(String(String.UnicodeScalarView(scalars[start..<end])), "मुलाकात", "offsets count Unicode scalars of the text")
        XCTAssertEqual(first["cameo"] as? String, "04")
        XCTAssertEqual(first["quad"] as? Int, 1)
        XCTAssertEqual(first["realis"] as? String, "actual")
        let actors = try XCTUnwrap(first["actors"] as? [[String: Any]])
        XCTAssertEqual(actors.map { $0["id"] as? String }, ["sergey-lavrov", "kim-jong-un"])
        XCTAssertEqual(actors.map { $0["role"] as? String }, ["source", "target"])
        let sentence = try XCTUnwrap(first["sentence"] as? [String: Any])
        XCTAssertEqual(sentence["start"] as? Int, 0)

        let second = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any])
        XCTAssertEqual((second["trigger"] as? [String: Any])?["text"] as? String, "यात्रा")
        XCTAssertEqual(second["realis"] as? String, "negated")
    }

    func testWithoutEventsTheOutputStaysOneObjectPerExpression() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("events-\(UUID().uuidString).txt")
        try "सर्गेई लावरोव ने शनिवार को किम जोंग उन से मुलाकात की।".write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let run = try TimelineBinary.run(["extract", "--published", "2025-07-13", url.path])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdout.hasPrefix("{\"text\":\"शनिवार\""), run.stdout)
        XCTAssertFalse(run.stdout.contains("cameo"))
    }
}
