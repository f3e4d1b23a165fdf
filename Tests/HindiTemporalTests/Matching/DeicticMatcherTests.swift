import XCTest
import HindiTemporal

final class DeicticMatcherTests: XCTestCase {
    func testTodayTomorrowYesterday() {
        assertFinds("आज बाजार बंद है।", [["आज", "2025-07-13"]])
        assertFinds("कल तेज बारिश हुई।", [["कल", "2025-07-12"]])
        assertFinds("कल तेज बारिश होगी।", [["कल", "2025-07-14"]])
        assertFinds("परसों मैच होगा।", [["परसों", "2025-07-15"]])
        assertFinds("परसों मैच हुआ था।", [["परसों", "2025-07-11"]])
    }

    func testTodayWithPartOfDay() {
        assertFinds("आज सुबह बस रवाना हुई।", [["आज सुबह", "2025-07-13TMO"]])
        assertFinds("आज तड़के हादसा हुआ।", [["आज तड़के", "2025-07-13TMO"]])
        assertFinds("कल शाम बैठक होगी।", [["कल शाम", "2025-07-14TEV"]])
    }

    func testAppositionNamesTheDay() {
        assertFinds("कल यानी शनिवार को बैठक हुई।", [["कल", "2025-07-12"], ["शनिवार", "2025-07-12"]])
        let friday = CalendarDay(year: 2025, month: 7, day: 11)!
        assertFinds("कल शनिवार को बैठक होगी।", [["कल", "2025-07-12"], ["शनिवार", "2025-07-12"]], dct: friday)
    }

    func testVagueReferences() {
        assertFinds("अब हालात सामान्य हैं।", [["अब", "PRESENT_REF"]])
        assertFinds("अभी तक फैसला नहीं हुआ।", [["अभी", "PRESENT_REF"]])
        assertFinds("फिलहाल तीन मरीज भर्ती हैं।", [["फिलहाल", "PRESENT_REF"]])
        assertFinds("हाल ही में नया पुल खुला।", [["हाल ही", "PAST_REF"]])
        assertFinds("भविष्य में ऐसा नहीं होगा।", [["भविष्य", "FUTURE_REF"]])
        assertFinds("जल्द ही नतीजे आएंगे।", [["जल्द ही", "FUTURE_REF"]])
        assertFinds("इन दिनों भीड़ कम है।", [["इन दिनों", "PRESENT_REF"]])
        assertFinds("उन दिनों भीड़ कम थी।", [["उन दिनों", "PAST_REF"]])
        assertFinds("वर्तमान में वे मंत्री हैं।", [["वर्तमान", "PRESENT_REF"]])
    }

    func testQuicklyIsNotSoon() {
        assertFindsNothing("वह जल्दी घर गया।")
    }

    func testCompoundsAndFundsAreNotTimes() {
        assertFindsNothing("कल-कारखानों में काम बंद रहा।")
        assertFindsNothing("भविष्य निधि का पैसा मिला।")
    }
}
