import XCTest
import HindiTemporal

final class ValueResolverTests: XCTestCase {
    private func extract(_ text: String) -> [TemporalExpression] {
        TemporalExtractor().extract(from: text, published: DCT.sunday)
    }

    func testIntervalsFollowGranularity() throws {
        let found = extract("इस सप्ताह के अंत और पहली तिमाही और वित्त वर्ष 2024-25 और 1990 के दशक")
        XCTAssertEqual(found.map(\.granularity), [.weekend, .quarter, .fiscalYear, .decade])
        XCTAssertEqual(found[0].interval?.first.iso, "2025-07-12")
        XCTAssertEqual(found[0].interval?.last.iso, "2025-07-13")
        XCTAssertEqual(found[1].interval?.last.iso, "2025-03-31")
        XCTAssertEqual(found[2].interval?.first.iso, "2024-04-01")
        XCTAssertEqual(found[2].interval?.last.iso, "2025-03-31")
        XCTAssertEqual(found[3].interval?.last.iso, "1999-12-31")
    }

    func testAnchorsAreReported() {
        let found = extract("12 जुलाई 2025 को मेला लगा। अगले दिन भीड़ रही। अब सब ठीक है।")
        XCTAssertEqual(found.map(\.anchor), [.explicit, .previousExpression(0), .publicationDate])
        XCTAssertEqual(found[1].value, "2025-07-13")
    }

    func testVagueValuesHaveNoInterval() {
        let found = extract("अब और हाल ही में और जल्द ही")
        XCTAssertEqual(found.map(\.value), ["PRESENT_REF", "PAST_REF", "FUTURE_REF"])
        XCTAssertTrue(found.allSatisfy { $0.interval == nil && $0.granularity == .vague })
    }

    func testTimesCarryTheirDay() throws {
        let e = try XCTUnwrap(extract("शनिवार की शाम बैठक हुई।").first)
        XCTAssertEqual(e.type, .time)
        XCTAssertEqual(e.granularity, .partOfDay)
        XCTAssertEqual(e.interval?.first.iso, "2025-07-12")
    }
}
