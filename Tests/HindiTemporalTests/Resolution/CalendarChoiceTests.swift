import XCTest
@testable import HindiTemporal

final class CalendarChoiceTests: XCTestCase {
    func testWeekdayDirections() {
        let dct = DCT.sunday
        XCTAssertEqual(CalendarChoice.weekday(7, dct: dct, .onOrBefore).iso, "2025-07-13")
        XCTAssertEqual(CalendarChoice.weekday(7, dct: dct, .strictlyBefore).iso, "2025-07-06")
        XCTAssertEqual(CalendarChoice.weekday(7, dct: dct, .strictlyAfter).iso, "2025-07-20")
        XCTAssertEqual(CalendarChoice.weekday(1, dct: dct, .nearest).iso, "2025-07-14")
    }

    func testDirectionFromTense() {
        XCTAssertEqual(CalendarChoice.direction(.past, modifier: .none, deadline: false), .onOrBefore)
        XCTAssertEqual(CalendarChoice.direction(.perfect, modifier: .none, deadline: true), .onOrAfter)
        XCTAssertEqual(CalendarChoice.direction(.scheduled, modifier: .none, deadline: false), .sameYear)
        XCTAssertEqual(CalendarChoice.direction(.future, modifier: .last, deadline: false), .strictlyBefore)
    }

    func testYearChoiceSkipsInvalidDays() {
        // 29 February exists only in 2024 around 2025.
        let y = CalendarChoice.year(dctYear: 2025, dctKey: DCT.sunday.dayNumber, .nearest) {
            CalendarDay(year: $0, month: 2, day: 29)?.dayNumber
        }
        XCTAssertEqual(y, 2024)
    }
}
