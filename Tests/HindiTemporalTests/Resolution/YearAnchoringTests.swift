import XCTest
@testable import HindiTemporal

/// Which year a day-month without one takes (DCT 2025-07-13).
final class YearAnchoringTests: XCTestCase {
    func testAYearOfComparisonDoesNotDateTheStory() {
        assertFinds("1941 के बाद पहली बार ऐसा हुआ, जब 9 मार्च को नदी उफान पर आई।",
                    [["1941", "1941"], ["9 मार्च", "2025-03-09"]])
    }

    func testAYearOfAnotherPredicateDoesNotDateALaterDay() {
        assertFinds("1984 में हुए दंगों के पीड़ितों ने 9 मार्च को प्रदर्शन किया।", [["1984", "1984"], ["9 मार्च", "2025-03-09"]])
    }

    func testAYearInTheSameClauseStillDatesTheDay() {
        assertFinds("वर्ष 2015 में 3 जून को यह फैसला आया था।", [["वर्ष 2015", "2015"], ["3 जून", "2015-06-03"]])
    }

    func testADayNearPublicationIsThisYearsWhateverTheTense() {
        assertFinds("15 जुलाई को बैठक हुई।", [["15 जुलाई", "2025-07-15"]])
        assertFinds("10 जुलाई को मेला लगेगा।", [["10 जुलाई", "2025-07-10"]])
        assertFinds("20 अगस्त को मेला लगा था।", [["20 अगस्त", "2024-08-20"]])
    }

    func testNearYearPicksOnlyWithinTheWindow() {
        let key = { (y: Int) in CalendarDay(year: y, month: 12, day: 28)?.dayNumber }
        let dct = CalendarDay(year: 2025, month: 1, day: 3)!
        XCTAssertEqual(CalendarChoice.nearYear(dctYear: 2025, dctKey: dct.dayNumber, within: 21, key: key), 2024)
        XCTAssertNil(CalendarChoice.nearYear(dctYear: 2025, dctKey: dct.dayNumber, within: 3, key: key))
    }
}
