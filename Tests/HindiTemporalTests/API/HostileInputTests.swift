import XCTest
import HindiTemporal

/// Random and hostile inputs must never crash, and results must stay in bounds and ordered.
final class HostileInputTests: XCTestCase {
    /// SplitMix64, seeded, so failures reproduce.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E3779B97F4A7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
            z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    }

    private let extractor = TemporalExtractor()

    private func check(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        let found = extractor.extract(from: text, published: DCT.sunday)
        assertConsistent(found, in: text, file: file, line: line)
    }

    func testRandomScalars() {
        var rng = Random(state: 42)
        let pools: [ClosedRange<UInt32>] = [0x0900...0x097F, 0x20...0x7E, 0x0966...0x096F, 0x200B...0x200F,
                                            0xA0...0xFF, 0x1F300...0x1F64F, 0x0300...0x036F]
        for _ in 0..<3000 {
            var s = String.UnicodeScalarView()
            for _ in 0..<rng.below(60) {
                let pool = pools[rng.below(pools.count)]
                let v = pool.lowerBound + UInt32(rng.below(Int(pool.upperBound - pool.lowerBound) + 1))
                if let u = Unicode.Scalar(v) { s.append(u) }
            }
            check(String(s))
        }
    }

    func testRandomWordSalad() {
        var rng = Random(state: 7)
        let words = ["कल", "आज", "शनिवार", "को", "12", "जुलाई", "2025", "-", "से", "तक", "पिछले", "साल", "के", "अंत",
                     "साढ़े", "बजे", "सुबह", "हर", "तीन", "दिन", "पहले", "बाद", "।", ".", ":", "/", "की", "रात", "था",
                     "होगा", "यानी", "वित्त", "वर्ष", "2024-25", "21वीं", "सदी", "उसी", "१२", "%", ",", "आधी", "देर"]
        for _ in 0..<3000 {
            var parts: [String] = []
            for _ in 0..<rng.below(30) { parts.append(words[rng.below(words.count)]) }
            check(parts.joined(separator: rng.below(3) == 0 ? "" : " "))
        }
    }

    func testInvalidUTF8DecodedLossily() {
        var rng = Random(state: 99)
        for _ in 0..<2000 {
            var bytes: [UInt8] = []
            for _ in 0..<rng.below(80) { bytes.append(UInt8(truncatingIfNeeded: rng.next())) }
            bytes += Array("12 जुलाई".utf8)
            check(String(decoding: bytes, as: UTF8.self))
        }
    }

    func testOneMegabyteOfOneDigit() {
        check(String(repeating: "1", count: 1_000_000))
        check(String(repeating: "९", count: 300_000))
    }

    func testDeeplyRepeatedWords() {
        check(String(repeating: "कल ", count: 20_000))
        check(String(repeating: "12-", count: 20_000))
        check(String(repeating: "पिछले ", count: 50_000) + "साल")
        check(String(repeating: "1,", count: 100_000))
        check(String(repeating: "।", count: 100_000))
        check(String(repeating: "साढ़े ", count: 20_000))
    }

    func testEmptyAndWhitespace() {
        XCTAssertTrue(extractor.extract(from: "", published: DCT.sunday).isEmpty)
        XCTAssertTrue(extractor.extract(from: " \n\t\u{00A0}", published: DCT.sunday).isEmpty)
    }
}
