import XCTest
@testable import ActorRecognition

final class EditDistanceTests: XCTestCase {
    func testDistancesAndLimit() {
        func d(_ a: String, _ b: String, _ limit: Int = 5) -> Int? {
            EditDistance.between(Array(a.unicodeScalars), Array(b.unicodeScalars), limit: limit)
        }
        XCTAssertEqual(d("lavrov", "lavrof"), 1)
        XCTAssertEqual(d("kitten", "sitting"), 3)
        XCTAssertEqual(d("", "abc"), 3)
        XCTAssertEqual(d("लावरोव", "लावरोफ"), 1)
        XCTAssertNil(d("kitten", "sitting", 2))
    }
}
