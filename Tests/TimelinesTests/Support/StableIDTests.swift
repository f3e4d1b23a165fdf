import HindiTemporal
import XCTest
@testable import Timelines

final class StableIDTests: XCTestCase {
    func testSamePartsGiveSameUUIDAndDifferentPartsDiffer() {
        XCTAssertEqual(StableID.uuid("article-1", "dated", "x"), StableID.uuid("article-1", "dated", "x"))
        XCTAssertNotEqual(StableID.uuid("article-1", "dated", "x"), StableID.uuid("article-1", "dated", "y"))
        // Joining is unambiguous: ("ab", "c") is not ("a", "bc").
        XCTAssertNotEqual(StableID.uuid("ab", "c"), StableID.uuid("a", "bc"))
    }

    func testUUIDCarriesVersion8AndRFCVariant() {
        let u = StableID.uuid("x").uuid
        XCTAssertEqual(u.6 >> 4, 8)
        XCTAssertEqual(u.8 >> 6, 0b10)
    }

    func testShortIDIsTenCrockfordCharacters() {
        let id = StableID.shortID(for: StableID.uuid("article-1", "entry"))
        XCTAssertEqual(id.count, 10)
        XCTAssertTrue(id.allSatisfy { "0123456789abcdefghjkmnpqrstvwxyz".contains($0) })
        XCTAssertEqual(id, StableID.shortID(for: StableID.uuid("article-1", "entry")))
    }

    /// Ids recorded from an earlier build: events and streams already in the log are keyed by them.
    func testRecordedIdentifiersDoNotChange() {
        XCTAssertEqual(StableID.uuid("article-0f3c", "dated", "2025-07-18", "रवि शंकर").uuidString, "49E3B29B-A07F-8FA5-974C-FA624FDD48C8")
        XCTAssertEqual(StableID.uuid("").uuidString, "E3B0C442-98FC-8C14-9AFB-F4C8996FB924")
        XCTAssertEqual(StableID.shortID(for: StableID.uuid("article-1", "entry")), "smg3kxqsm0")
        let article = Article(identifier: "https://samachar.example.in/desh/2025/07/18/barish.html", title: "दिल्ली में भारी बारिश",
                              published: CalendarDay(year: 2025, month: 7, day: 18)!,
                              text: "मौसम विभाग ने अगले दो दिनों के लिए ऑरेंज अलर्ट जारी किया।", tags: ["मौसम", "दिल्ली"])
        XCTAssertEqual(article.streamID, "article-e60a4db89f1559bfa9749c727d76d717")
        XCTAssertEqual(article.contentHash, "7bd5ded880c568345ec317f1e5243551ff26540c73c26cef85a73c45905a6f98")
    }
}
