import XCTest
@testable import HindiTemporal

/// Weeks of a month, business days and weekdays of a week (DCT 2025-07-13, a Sunday).
final class PeriodPartMatcherTests: XCTestCase {
    func testAWeekOfAMonthIsThatWeekNotTheMonth() {
        assertFinds("जनवरी के पहले हफ्ते में परीक्षा होगी।", [["जनवरी के पहले हफ्ते", "2026-W01"]])
        assertFinds("जुलाई के आखिरी हफ्ते में बैठक होगी।", [["जुलाई के आखिरी हफ्ते", "2025-W31"]])
        assertFinds("मार्च 2024 के दूसरे सप्ताह में चुनाव हुए थे।", [["मार्च 2024 के दूसरे सप्ताह", "2024-W11"]])
    }

    func testAWeekOfARelativeMonth() {
        assertFinds("अगले महीने के पहले हफ्ते में नतीजे आएंगे।", [["अगले महीने के पहले हफ्ते", "2025-W32"]])
    }

    func testTheEndOfAMonthStaysTheMonth() {
        assertFinds("जुलाई के अंत तक काम पूरा होगा।", [["जुलाई के अंत", "2025-07"]])
    }

    func testBusinessDaysOfAMonthSkipTheWeekend() {
        assertFinds("फरवरी के अंतिम कारोबारी दिन सेंसेक्स गिरा।", [["फरवरी के अंतिम कारोबारी दिन", "2025-02-28"]])
        // 1 June 2025 was a Sunday
        assertFinds("जून के पहले कारोबारी दिन बाजार चढ़ा।", [["जून के पहले कारोबारी दिन", "2025-06-02"]])
        assertFinds("पिछले महीने के आखिरी कारोबारी सत्र में निफ्टी टूटा।", [["पिछले महीने के आखिरी कारोबारी सत्र", "2025-06-30"]])
    }

    func testBusinessDaysOfTheWeek() {
        assertFinds("सप्ताह के तीसरे कारोबारी दिन सेंसेक्स चढ़ा।", [["सप्ताह के तीसरे कारोबारी दिन", "2025-07-09"]])
        assertFinds("पिछले सप्ताह के अंतिम कारोबारी दिन रुपया कमजोर हुआ।", [["पिछले सप्ताह के अंतिम कारोबारी दिन", "2025-07-04"]])
    }

    func testAConsecutiveCountOfTradingDaysNamesNoDay() {
        assertFindsNothing("बाजार लगातार तीसरे कारोबारी दिन गिरा।")
    }

    func testAWeekdayOfARelativeWeekIsOneDay() {
        assertFinds("अगले हफ्ते का सोमवार अवकाश रहेगा।", [["अगले हफ्ते का सोमवार", "2025-07-14"]])
        assertFinds("पिछले सप्ताह के शुक्रवार को बैठक हुई।", [["पिछले सप्ताह के शुक्रवार", "2025-07-04"]])
    }

    func testPeriodValues() {
        XCTAssertEqual(PeriodValues.week(1, ofMonth: 1, year: 2026).value, "2026-W01")
        XCTAssertEqual(PeriodValues.week(-1, ofMonth: 2, year: 2025).value, "2025-W09")
        XCTAssertEqual(PeriodValues.businessDay(-1, ofMonth: 8, year: 2025).value, "2025-08-29")
        XCTAssertEqual(PeriodValues.businessDay(30, ofMonth: 8, year: 2025).value, "2025-08")
    }
}

/// Weekdays named by their place in a week or a month (DCT 2025-07-14, a Monday).
final class WeekdayPlaceTests: XCTestCase {
    let monday = CalendarDay(year: 2025, month: 7, day: 14)!

    func testThisWeekdayIsTheOneOfThePublicationWeek() {
        assertFinds("इस शुक्रवार को फिल्म रिलीज होगी।", [["इस शुक्रवार", "2025-07-18"]], dct: monday)
        assertFinds("इस रविवार को मेला लगा था।", [["इस रविवार", "2025-07-20"]], dct: CalendarDay(year: 2025, month: 7, day: 20)!)
    }

    func testAWeekdayRightAfterARelativeWeek() {
        assertFinds("अगले हफ्ते शुक्रवार को बैठक होगी।", [["अगले हफ्ते शुक्रवार", "2025-07-25"]], dct: monday)
    }

    func testTheNthWeekdayOfAMonth() {
        assertFinds("जुलाई के पहले शुक्रवार को मेला लगा।", [["जुलाई के पहले शुक्रवार", "2025-07-04"]], dct: monday)
        assertFinds("नवंबर के आखिरी गुरुवार को छुट्टी होगी।", [["नवंबर के आखिरी गुरुवार", "2025-11-27"]], dct: monday)
    }

    func testEnglishWeekdayNamesInDevanagari() {
        assertFinds("संडे को बाजार बंद रहेगा।", [["संडे", "2025-07-20"]], dct: monday)
    }
}
