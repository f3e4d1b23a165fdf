import XCTest

/// `timeline bench extract`: the temporal extractor alone, then the whole extraction of generated
/// articles without a database; bad sizes are refused before anything runs.
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
}
