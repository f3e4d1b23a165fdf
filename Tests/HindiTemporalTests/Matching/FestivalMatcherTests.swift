import XCTest
@testable import HindiTemporal

/// Festivals resolved from the festival table (DCT 2025-07-13).
final class FestivalMatcherTests: XCTestCase {
    func testTheTableLoadsWithItsSourceDates() {
        XCTAssertGreaterThanOrEqual(Festivals.all.count, 40)
        let diwali = Festivals.all.first { $0.names.contains("दिवाली") }
        XCTAssertEqual(diwali?.day(in: 2023)?.iso, "2023-11-12")
        let republicDay = Festivals.all.first { $0.names.contains("गणतंत्र दिवस") }
        XCTAssertEqual(republicDay?.day(in: 1999)?.iso, "1999-01-26")
    }

    func testAFestivalTakesTheYearTheTensePointsTo() {
        assertFinds("दिवाली पर बाजार सजेंगे।", [["दिवाली", "2025-10-20"]])
        assertFinds("दीपावली पर पटाखे फोड़े गए थे।", [["दीपावली", "2024-10-31"]])
        assertFinds("पिछली होली पर हुड़दंग हुआ।", [["पिछली होली", "2025-03-14"]])
    }

    func testAHyphenatedNameIsOneFestival() {
        assertFinds("ईद-उल-फितर पर नमाज अदा की गई।", [["ईद-उल-फितर", "2025-03-31"]])
    }

    func testAFestivalNearPublicationIsThatOneWhateverTheTense() {
        // a day before Holi 2020 (10 March): the postponed gathering is for this Holi
        assertFinds("भाजपा ने होली मिलन समारोह टाला।", [["होली", "2020-03-10"]], dct: CalendarDay(year: 2020, month: 3, day: 9)!)
    }

    func testAYearTheTableDoesNotCoverIsLeftUnresolved() {
        assertFinds("दिवाली पर बाजार सजेंगे।", [["दिवाली", "XXXX-XX-XX"]], dct: CalendarDay(year: 2060, month: 1, day: 1)!)
        assertFinds("गणतंत्र दिवस पर परेड होगी।", [["गणतंत्र दिवस", "2060-01-26"]], dct: CalendarDay(year: 2060, month: 1, day: 1)!)
    }

    func testANameLeftOutAsAmbiguousIsNoFestival() {
        assertFindsNothing("राखी ने गीत गाया।")
    }
}

/// Observances on fixed days and recurring parts of day (DCT 2025-03-10).
final class ObservanceAndRecurrenceTests: XCTestCase {
    let dct = CalendarDay(year: 2025, month: 3, day: 10)!

    func testAnObservanceOnAFixedDay() {
        assertFinds("महिला दिवस पर कार्यक्रम हुआ।", [["महिला दिवस", "2025-03-08"]], dct: dct)
        assertFinds("अंतरराष्ट्रीय योग दिवस पर शिविर लगेगा।", [["अंतरराष्ट्रीय योग दिवस", "2025-06-21"]], dct: dct)
    }

    func testEveryMorningIsASetOfMornings() {
        assertFinds("लोग हर सुबह टहलते हैं।", [["हर सुबह", "XXXX-XX-XXTMO"]], dct: dct)
    }

    func testHalfPastTwoInWords() {
        assertFinds("पुलिस ढाई बजे पहुंची।", [["ढाई बजे", "2025-03-10T02:30"]], dct: dct)
        assertFinds("ट्रेन डेढ़ बजे आएगी।", [["डेढ़ बजे", "2025-03-10T01:30"]], dct: dct)
    }
}

/// Festivals in a year given with them, and a part of day after a day (DCT 2025-07-14).
final class FestivalYearTests: XCTestCase {
    let monday = CalendarDay(year: 2025, month: 7, day: 14)!

    func testAFestivalInAYearGivenWithIt() {
        assertFinds("अगले साल दिवाली पर मेला लगेगा।", [["अगले साल दिवाली", "2026-11-08"]], dct: monday)
        assertFinds("2010 के पृथ्वी दिवस पर पौधे लगे।", [["2010 के पृथ्वी दिवस", "2010-04-22"]], dct: monday)
        assertFinds("दिवाली 2018 में बिक्री बढ़ी।", [["दिवाली 2018", "2018-11-07"]], dct: monday)
    }

    func testAPartOfDayRightAfterADayAndKo() {
        assertFinds("मंगलवार को सुबह पुलिस पहुंची।", [["मंगलवार", "2025-07-08"], ["सुबह", "2025-07-08TMO"]], dct: monday)
    }
}
