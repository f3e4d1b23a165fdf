import XCTest
@testable import HindiTemporal

final class ScalarFoldingTests: XCTestCase {
    func testFolds() {
        XCTAssertEqual(ScalarFolding.fold(0x095B), 0x091C)  // ज़ → ज
        XCTAssertEqual(ScalarFolding.fold(0x093C), 0)       // nukta dropped
        XCTAssertEqual(ScalarFolding.fold(0x0901), 0x0902)  // chandrabindu → anusvara
        XCTAssertEqual(ScalarFolding.fold(0x0967), 0x31)    // १ → 1
        XCTAssertEqual(ScalarFolding.fold(0x41), 0x61)      // A → a
    }

    func testRoles() {
        XCTAssertEqual(ScalarFolding.role(0x0964), .sentenceEnd)
        XCTAssertEqual(ScalarFolding.role(0x096F), .digit)
        XCTAssertEqual(ScalarFolding.role(0x00A0), .space)
        XCTAssertEqual(ScalarFolding.role(0x200D), .ignorable)
        XCTAssertEqual(ScalarFolding.role(0x0915), .letter)
        XCTAssertEqual(ScalarFolding.role(0x00E9), .letter)
        XCTAssertEqual(ScalarFolding.role(0x0025), .punctuation)
        XCTAssertEqual(ScalarFolding.role(0x1F600), .punctuation)
    }
}
