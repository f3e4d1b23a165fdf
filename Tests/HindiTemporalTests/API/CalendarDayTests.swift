import XCTest
import HindiTemporal

final class CalendarDayTests: XCTestCase {
    func testParsesAndPrintsISO() {
        XCTAssertEqual(CalendarDay(iso: "2025-07-13")?.iso, "2025-07-13")
        XCTAssertNil(CalendarDay(iso: "2025-02-30"))
        XCTAssertNil(CalendarDay(iso: "2025-7-13"))
        XCTAssertNil(CalendarDay(iso: "13-07-2025"))
        XCTAssertNotNil(CalendarDay(iso: "2024-02-29"))
        XCTAssertNil(CalendarDay(iso: "2023-02-29"))
    }

    func testISOPadsEveryPartAndDayNumbersRoundTrip() {
        XCTAssertEqual(CalendarDay(year: 987, month: 1, day: 5)?.iso, "0987-01-05")
        XCTAssertEqual(CalendarDay(year: 9999, month: 12, day: 31)?.iso, "9999-12-31")
        XCTAssertEqual(CalendarDay(dayNumber: 2_932_897).iso, "10000-01-01", "beyond four digits")
        XCTAssertEqual(CalendarDay(dayNumber: 0).iso, "1970-01-01")
        XCTAssertEqual(CalendarDay(dayNumber: 20_281).iso, "2025-07-12")
        for number in stride(from: -719_162, through: 2_932_896, by: 997) {
            let day = CalendarDay(dayNumber: number)
            XCTAssertEqual(CalendarDay(iso: day.iso)?.dayNumber, number, day.iso)
        }
    }

    func testWeekdayIsISO() {
        XCTAssertEqual(CalendarDay(iso: "2025-07-13")?.weekday, 7)
        XCTAssertEqual(CalendarDay(iso: "2025-07-14")?.weekday, 1)
        XCTAssertEqual(CalendarDay(iso: "1970-01-01")?.weekday, 4)
    }

    func testAddingDaysCrossesMonthsAndYears() {
        XCTAssertEqual(CalendarDay(iso: "2024-12-31")?.adding(days: 1).iso, "2025-01-01")
        XCTAssertEqual(CalendarDay(iso: "2024-03-01")?.adding(days: -1).iso, "2024-02-29")
        XCTAssertEqual(CalendarDay(iso: "2025-01-31")?.adding(months: 1).iso, "2025-02-28")
    }

    func testISOWeek() {
        XCTAssertEqual(CalendarDay(iso: "2025-07-13")?.isoWeek.week, 28)
        XCTAssertEqual(CalendarDay(iso: "2021-01-03")?.isoWeek.year, 2020)
        XCTAssertEqual(CalendarDay(iso: "2021-01-03")?.isoWeek.week, 53)
    }

    func testOrderingAndCoding() throws {
        let a = try XCTUnwrap(CalendarDay(iso: "2025-07-12"))
        let b = try XCTUnwrap(CalendarDay(iso: "2025-07-13"))
        XCTAssertLessThan(a, b)
        let data = try JSONEncoder().encode(a)
        XCTAssertEqual(try JSONDecoder().decode(CalendarDay.self, from: data), a)
    }
}
