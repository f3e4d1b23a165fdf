import HindiTemporal
import Timelines
import XCTest
@testable import TimelinePages

final class HTMLTimelineLayoutTests: XCTestCase {
    private func day(_ iso: String) throws -> Int { try XCTUnwrap(CalendarDay(iso: iso)).dayNumber }

    /// Many periods and days over one summer, overlapping in every way.
    private func crowded() -> [TimelineEntry] {
        var entries: [TimelineEntry] = []
        for d in 1...24 {
            let iso = String(format: "2025-07-%02d", d)
            entries.append(TimelineEntrySamples.entry(String(format: "e%09d", d), value: iso, granularity: "day", first: iso, last: iso,
                                                      expression: "\(d) जुलाई", sentence: "\(d) जुलाई को सभा हुई।"))
        }
        for m in 5...9 {
            let first = String(format: "2025-%02d-01", m)
            let last = String(format: "2025-%02d-%02d", m, CalendarDay.daysIn(month: m, year: 2025))
            entries.append(TimelineEntrySamples.entry(String(format: "m%09d", m), value: String(format: "2025-%02d", m), granularity: "month",
                                                      first: first, last: last, expression: "इस महीने", sentence: "इस महीने चुनाव हुए।"))
        }
        entries.append(TimelineEntrySamples.entry("y000000001", value: "2025", granularity: "year", first: "2025-01-01", last: "2025-12-31",
                                                  expression: "इस साल", sentence: "इस साल बजट बढ़ा।"))
        return entries
    }

    func testMarksInOneLaneDoNotOverlap() {
        let layout = HTMLTimelineLayout(entries: crowded())
        XCTAssertEqual(layout.marks.count, 30)
        XCTAssertGreaterThan(layout.laneCount, 1)
        let byLane = Dictionary(grouping: layout.marks, by: \.lane)
        for (lane, marks) in byLane {
            let sorted = marks.sorted { $0.left < $1.left }
            for (a, b) in zip(sorted, sorted.dropFirst()) {
                XCTAssertLessThanOrEqual(a.right + layout.geometry.markGap, b.left, "lane \(lane): \(a.entryIndex) and \(b.entryIndex) overlap")
            }
        }
        // Each mark's own shape lies within what it occupies.
        for mark in layout.marks {
            XCTAssertLessThanOrEqual(mark.left, mark.x0 - (mark.isPoint ? layout.geometry.pointRadius : 0))
            XCTAssertGreaterThanOrEqual(mark.right, mark.x1 + (mark.isPoint ? layout.geometry.pointRadius : 0))
            XCTAssertGreaterThanOrEqual(mark.left, 0)
            XCTAssertLessThanOrEqual(mark.right, layout.geometry.width)
        }
    }

    func testBarsSpanTheirDaysAndPointsSitInsideTheirDay() throws {
        let entries = crowded()
        let layout = HTMLTimelineLayout(entries: entries)
        let july = try XCTUnwrap(layout.marks.first { entries[$0.entryIndex].value == "2025-07" })
        XCTAssertFalse(july.isPoint)
        XCTAssertEqual(july.x0, layout.x(Double(try day("2025-07-01"))), accuracy: 0.001)
        XCTAssertEqual(july.x1, layout.x(Double(try day("2025-08-01"))), accuracy: 0.001)
        let year = try XCTUnwrap(layout.marks.first { entries[$0.entryIndex].granularity == "year" })
        XCTAssertLessThan(year.x0, july.x0)
        XCTAssertGreaterThan(year.x1, july.x1)
        for mark in layout.marks where entries[mark.entryIndex].granularity == "day" {
            XCTAssertTrue(mark.isPoint)
            XCTAssertEqual(mark.x0, mark.x1)
            XCTAssertGreaterThan(mark.x0, july.x0)
            XCTAssertLessThan(mark.x0, july.x1)
        }
        // Later days lie further right.
        let days = layout.marks.filter { entries[$0.entryIndex].granularity == "day" }.sorted { $0.firstDay < $1.firstDay }
        XCTAssertEqual(days.map(\.x0), days.map(\.x0).sorted())
    }

    func testEntriesThatDoNotMeetShareALane() {
        let apart = [
            TimelineEntrySamples.entry("f000000001", value: "2020", granularity: "year", first: "2020-01-01", last: "2020-12-31",
                                       expression: "2020 में", sentence: "2020 में सम्मेलन हुआ।"),
            TimelineEntrySamples.entry("f000000002", value: "2024", granularity: "year", first: "2024-01-01", last: "2024-12-31",
                                       expression: "2024 में", sentence: "2024 में चुनाव हुए।"),
        ]
        let layout = HTMLTimelineLayout(entries: apart)
        XCTAssertEqual(layout.laneCount, 1)
        XCTAssertEqual(layout.marks.map(\.lane), [0, 0])
    }

    func testALabelNearTheRightEdgeStandsBeforeItsMark() throws {
        let entries = TimelineEntrySamples.mixed
        let layout = HTMLTimelineLayout(entries: entries)
        let last = try XCTUnwrap(layout.marks.max { $0.x1 < $1.x1 })
        XCTAssertLessThanOrEqual(last.right, layout.geometry.width)
        let singleDay = HTMLTimelineLayout(entries: [entries[2]])
        let mark = try XCTUnwrap(singleDay.marks.first)
        XCTAssertEqual(mark.x0, (singleDay.plotLeft + singleDay.plotRight) / 2, accuracy: 30, "one day sits mid-picture")
        XCTAssertEqual(mark.labelPlacement, .after)
    }

    func testNothingToDrawGivesNoDomain() {
        let layout = HTMLTimelineLayout(entries: [])
        XCTAssertNil(layout.domain)
        XCTAssertEqual(layout.laneCount, 0)
        XCTAssertTrue(layout.marks.isEmpty)
    }
}
