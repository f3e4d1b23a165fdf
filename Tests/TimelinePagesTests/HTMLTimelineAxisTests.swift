import HindiTemporal
import XCTest
@testable import TimelinePages

final class HTMLTimelineAxisTests: XCTestCase {
    private func day(_ iso: String) throws -> Int { try XCTUnwrap(CalendarDay(iso: iso)).dayNumber }
    private func labels(_ from: String, _ to: String) throws -> [String] {
        HTMLTimelineAxis.ticks(from: try day(from), to: try day(to)).map(\.label)
    }

    func testAFewWeeksAreMarkedOnMondays() throws {
        let ticks = HTMLTimelineAxis.ticks(from: try day("2025-07-02"), to: try day("2025-08-01"))
        XCTAssertEqual(ticks.map(\.label), ["7 Jul 2025", "14 Jul", "21 Jul", "28 Jul"])
        XCTAssertTrue(ticks.allSatisfy { CalendarDay(dayNumber: $0.dayNumber).weekday == 1 })
    }

    func testMonthsUpToThreeYears() throws {
        XCTAssertEqual(try labels("2025-05-20", "2025-09-10"), ["Jun 2025", "Jul", "Aug", "Sep"])
        XCTAssertEqual(try labels("2024-11-15", "2025-03-01"), ["Dec 2024", "Jan 2025", "Feb"])
        // Two years: every second month; a little more, every third.
        XCTAssertEqual(try labels("2024-01-01", "2025-12-01"),
                       ["Jan 2024", "Mar", "May", "Jul", "Sep", "Nov", "Jan 2025", "Mar", "May", "Jul", "Sep", "Nov"])
        XCTAssertEqual(try labels("2023-12-10", "2026-01-20"),
                       ["Jan 2024", "Apr", "Jul", "Oct", "Jan 2025", "Apr", "Jul", "Oct", "Jan 2026"])
    }

    func testYearsBeyondThreeYears() throws {
        XCTAssertEqual(try labels("2019-06-01", "2025-02-01"), ["2020", "2021", "2022", "2023", "2024", "2025"])
        XCTAssertEqual(try labels("1900-01-01", "2000-01-01"), ["1900", "1910", "1920", "1930", "1940", "1950", "1960", "1970", "1980", "1990"])
    }

    func testNeverMoreThanADozenTicksAndAllInRange() throws {
        let start = try day("1990-03-17")
        for span in [1, 10, 40, 75, 76, 200, 500, 1000, 1100, 2000, 5000, 20000, 100000] {
            let ticks = HTMLTimelineAxis.ticks(from: start, to: start + span)
            XCTAssertLessThanOrEqual(ticks.count, HTMLTimelineAxis.maximumTicks, "span \(span)")
            XCTAssertTrue(ticks.allSatisfy { $0.dayNumber >= start && $0.dayNumber < start + span }, "span \(span)")
            XCTAssertEqual(ticks.map(\.dayNumber), ticks.map(\.dayNumber).sorted())
            if span >= 14 { XCTAssertGreaterThanOrEqual(ticks.count, 1, "span \(span)") }
        }
        XCTAssertTrue(HTMLTimelineAxis.ticks(from: start, to: start).isEmpty)
    }
}
