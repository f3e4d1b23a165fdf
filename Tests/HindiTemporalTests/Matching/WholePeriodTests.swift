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
