import XCTest
@testable import HindiTemporal

/// Publication dates used across the tests.
enum DCT {
    /// 2025-07-13, a Sunday.
    static let sunday = CalendarDay(year: 2025, month: 7, day: 13)!
    /// 2020-03-26, a Thursday (fiscal year 2019 still running).
    static let thursday = CalendarDay(year: 2020, month: 3, day: 26)!
}

/// Extracts and returns (text, value) pairs in text order.
func pairs(_ text: String, _ dct: CalendarDay = DCT.sunday) -> [[String]] {
    TemporalExtractor().extract(from: text, published: dct).map { [$0.text, $0.value] }
}

/// Asserts the exact (text, value) pairs found in `text`.
func assertFinds(_ text: String, _ expected: [[String]], dct: CalendarDay = DCT.sunday,
                 file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(pairs(text, dct), expected, "in: \(text)", file: file, line: line)
}

/// Asserts that nothing temporal is found in `text`.
func assertFindsNothing(_ text: String, dct: CalendarDay = DCT.sunday, file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(pairs(text, dct), [], "in: \(text)", file: file, line: line)
}

/// The single expression found in `text` (fails when there is not exactly one).
func single(_ text: String, _ dct: CalendarDay = DCT.sunday, file: StaticString = #filePath,
            line: UInt = #line) -> TemporalExpression? {
    let found = TemporalExtractor().extract(from: text, published: dct)
    XCTAssertEqual(found.count, 1, "in: \(text): \(found.map(\.text))", file: file, line: line)
    return found.first
}

/// Checks the offset invariants of a result against its input.
func assertConsistent(_ found: [TemporalExpression], in text: String, file: StaticString = #filePath, line: UInt = #line) {
    let scalars = Array(text.unicodeScalars)
    var previousEnd = 0
    for e in found {
        XCTAssertGreaterThanOrEqual(e.scalarRange.lowerBound, previousEnd, file: file, line: line)
        XCTAssertLessThan(e.scalarRange.lowerBound, e.scalarRange.upperBound, file: file, line: line)
        XCTAssertLessThanOrEqual(e.scalarRange.upperBound, scalars.count, file: file, line: line)
        guard e.scalarRange.upperBound <= scalars.count else { return }
        var slice = String.UnicodeScalarView()
        slice.append(contentsOf: scalars[e.scalarRange])
        XCTAssertEqual(String(slice), e.text, file: file, line: line)
        XCTAssertEqual(String(decoding: text.utf8[e.range], as: UTF8.self), e.text, file: file, line: line)
        previousEnd = e.scalarRange.upperBound
    }
}
