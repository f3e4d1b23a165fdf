import XCTest
@testable import HindiTemporal

final class ScalarBufferTests: XCTestCase {
    func testIndicesMapScalarOffsets() {
        let text = "a\u{0915}\u{093C}b😀c"
        let idx = ScalarBuffer.indices(in: text, at: [0, 1, 3, 4, 5, 6, 99])
        let scalars = Array(text.unicodeScalars)
        XCTAssertEqual(text.unicodeScalars[idx[2]], scalars[3])
        XCTAssertEqual(text.unicodeScalars[idx[4]], scalars[5])
        XCTAssertEqual(idx[5], text.endIndex)
        XCTAssertEqual(idx[6], text.endIndex)
    }

    func testWordSkippingAgreesWithScalarView() {
        let text = String(repeating: "आज a 😀 क\u{093C}ल १२ ", count: 40)
        let count = text.unicodeScalars.count
        let offsets = Array(stride(from: 0, through: count, by: 7)) + [count, count + 5]
        let idx = ScalarBuffer.indices(in: text, at: offsets)
        for (k, o) in offsets.enumerated() {
            let expected = text.unicodeScalars.index(text.unicodeScalars.startIndex, offsetBy: min(o, count))
            XCTAssertEqual(idx[k], expected, "offset \(o)")
        }
    }
}
