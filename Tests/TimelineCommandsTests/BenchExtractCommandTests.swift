import XCTest

/// `timeline bench extract`: the temporal extractor alone, then the whole extraction of generated
/// articles without a database, and of articles given in a file; bad sizes are refused before
/// anything runs, a bad file with a clear error.
final class BenchExtractCommandTests: XCTestCase {
    func testItTimesTheTemporalExtractorAndTheWholeExtraction() throws {
        let run = try TimelineBinary.run(["bench", "extract", "--megabytes", "1", "--articles", "20"])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdout.contains("   1 MB: "), run.stdout)
        let whole = try XCTUnwrap(run.stdout.split(separator: "\n").first { $0.hasPrefix("whole extraction, 20 articles") }, run.stdout)
        XCTAssertTrue(whole.contains("MB/s CPU of one core") && !whole.contains("(0 dated entries"), String(whole))
    }

    func testArticlesOutOfRangeAreRefused() throws {
        let run = try TimelineBinary.run(["bench", "extract", "--articles", "2000000"])
        XCTAssertNotEqual(run.status, 0)
        XCTAssertTrue(run.stderr.contains("--articles must be between 0 and 1000000, got 2000000."), run.stderr)
    }

    func testItTimesTheWholeExtractionOfArticlesFromAFile() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bench-input-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("news.jsonl")
        let lines = [
            #"{"id": "a1", "published": "2025-03-10", "text": "कानपुर पुलिस ने सोमवार को आरोपी रमेश यादव को गिरफ्तार किया।"}"#,
            #"{"id": "a2", "published": "2025-03-11", "text": "मौसम विभाग ने मंगलवार को भारी बारिश की चेतावनी दी।"}"#,
            #"{"id": "a3", "published": "not a date", "text": "कुछ नहीं।"}"#,
        ]
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        let run = try TimelineBinary.run(["bench", "extract", "--megabytes", "1", "--articles", "0", "--input", file.path])
        XCTAssertEqual(run.status, 0, run.stderr)
        let whole = try XCTUnwrap(run.stdout.split(separator: "\n").first { $0.hasPrefix("whole extraction, 2 articles of news.jsonl") },
                                  run.stdout)
        XCTAssertTrue(whole.contains("MB/s CPU of one core") && whole.contains("(2 dated entries"), String(whole))
        // The article that cannot be read is named, and the others are timed all the same.
        XCTAssertTrue(run.stderr.contains("news.jsonl:3"), run.stderr)

        let missing = try TimelineBinary.run(["bench", "extract", "--megabytes", "1", "--articles", "0",
                                              "--input", dir.appendingPathComponent("none.jsonl").path])
        XCTAssertNotEqual(missing.status, 0)
        XCTAssertTrue(missing.stderr.contains("Cannot read --input file"), missing.stderr)
    }
}
