import XCTest
@testable import HindiTemporal

/// Whole periods, first days of events and recurrences of passing time (DCT 2025-07-13).
final class WholePeriodTests: XCTestCase {
    func testThisWholeMonthIsTheMonthAndAWholeMonthALength() {
        assertFinds("इस पूरे महीने बारिश होगी।", [["इस पूरे महीने", "2025-07"]])
        assertFinds("पूरे महीने बारिश हुई।", [["पूरे महीने", "P1M"]])
        assertFinds("एक माह तक लॉकडाउन रहा।", [["एक माह", "P1M"]])
    }

    func testTheFirstDayOfAnEventIsItsDay() {
        assertFinds("मेला 5 जुलाई को शुरू हुआ और पहले ही दिन भीड़ उमड़ी।", [["5 जुलाई", "2025-07-05"], ["पहले ही दिन", "2025-07-05"]])
    }

    func testEveryPassingDayIsASet() {
        assertFinds("हर गुजरते दिन के साथ संक्रमण बढ़ रहा है।", [["हर गुजरते दिन", "P1D"]])
    }

    func testFuzzyCountsOfMonthsAreDurations() {
        assertFinds("दो-तीन महीने में काम पूरा होगा।", [["दो-तीन महीने", "PXM"]])
    }
}

/// Days counted within an event, ranges of hours and of months (DCT 2025-07-13).
final class RangeAndOrdinalDayTests: XCTestCase {
    func testTheSecondDayOfAnEventIsTheDayAfterItsStart() {
        assertFinds("मेला 5 जुलाई को शुरू हुआ और दूसरे दिन भीड़ उमड़ी।", [["5 जुलाई", "2025-07-05"], ["दूसरे दिन", "2025-07-06"]])
        assertFindsNothing("बाजार लगातार दूसरे दिन गिरा।")
    }

    func testTheEndOfARangeOfHoursKeepsThePartOfDayAndFollowsTheStart() {
        assertFinds("22 अप्रैल की शाम 5 से 6 बजे तक बैठक चलेगी।",
                    [["22 अप्रैल की शाम 5", "2026-04-22T17:00"], ["6 बजे", "2026-04-22T18:00"]])
        assertFinds("शनिवार को सुबह 10:30 से 3 बजे तक परीक्षा हुई।",
                    [["शनिवार", "2025-07-12"], ["सुबह 10:30", "2025-07-12T10:30"], ["3 बजे", "2025-07-12T15:00"]])
    }

    func testTheFirstMonthOfARangeTakesTheYearWrittenAfterTheSecond() {
        assertFinds("जनवरी से मार्च 2017 तक योजना चली।", [["जनवरी", "2017-01"], ["मार्च 2017", "2017-03"]])
        assertFinds("जनवरी-फरवरी 2017 में बिक्री घटी।", [["जनवरी", "2017-01"], ["फरवरी 2017", "2017-02"]])
    }

    func testAFirstPersonFutureSpeltWithTheIndependentVowel() {
        assertFinds("मैं कल दिल्ली जाउंगा।", [["कल", "2025-07-14"]])
    }
}
