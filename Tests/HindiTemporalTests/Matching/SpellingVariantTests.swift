import XCTest
@testable import HindiTemporal

/// Words written together and spelling variants (DCT 2025-07-13).
final class SpellingVariantTests: XCTestCase {
    func testFusedUntilNow() {
        assertFinds("अबतक 20 लोगों की मौत हो चुकी है।", [["अबतक", "PRESENT_REF"]])
        assertFinds("आजतक ऐसा नहीं हुआ।", [["आजतक", "2025-07-13"]])
    }

    func testTheNewsChannelIsNoDay() {
        assertFindsNothing("आजतक से बातचीत में मंत्री ने यह बात कही।")
        assertFindsNothing("आजतक की टीम मौके पर पहुंची।")
    }

    func testPluralsWithoutTheirNasal() {
        assertFinds("बीते कुछ दिनो में हालात बदले।", [["बीते कुछ दिनो", "PXD"]])
        assertFinds("कई वर्षो से विवाद है।", [["कई वर्षो", "PXY"]])
    }
}

/// Months abbreviated with a full stop (DCT 2016-11-20).
final class AbbreviatedMonthTests: XCTestCase {
    let dct = CalendarDay(year: 2016, month: 11, day: 20)!

    func testAnAbbreviatedMonthNextToANumberIsTheMonth() {
        assertFinds("16 नवं. 2016 को मेला लगा।", [["16 नवं. 2016", "2016-11-16"]], dct: dct)
        assertFinds("जन. 2020 में योजना शुरू हुई।", [["जन. 2020", "2020-01"]], dct: dct)
        assertFinds("सितं. 5 को बैठक हुई थी।", [["सितं. 5", "2016-09-05"]], dct: dct)
    }

    func testTheSameLettersWithoutANumberAreNoMonth() {
        assertFindsNothing("जन आंदोलन हुआ।", dct: dct)
        assertFindsNothing("नव. वर्ष की बधाई।", dct: dct)
    }
}
