import XCTest
import HindiTemporal

/// DCT 2025-07-13 is a Sunday.
final class WeekdayMatcherTests: XCTestCase {
    func testPastTenseTakesTheLatestOnOrBeforeDCT() {
        assertFinds("मंत्री ने शनिवार को कहा कि योजना सफल रही।", [["शनिवार", "2025-07-12"]])
        assertFinds("मेले में रविवार को भारी भीड़ जुटी थी।", [["रविवार", "2025-07-13"]])
        assertFinds("सोमवार को हुए हादसे में दो लोग घायल हुए।", [["सोमवार", "2025-07-07"]])
    }

    func testFutureTenseTakesTheFirstOnOrAfterDCT() {
        assertFinds("समिति की बैठक सोमवार को होगी।", [["सोमवार", "2025-07-14"]])
        assertFinds("नतीजे शुक्रवार को घोषित किए जाएंगे।", [["शुक्रवार", "2025-07-18"]])
    }

    func testNoTenseTakesTheNearest() {
        assertFinds("बुधवार: मौसम साफ", [["बुधवार", "2025-07-16"]])
        assertFinds("गुरुवार: मौसम साफ", [["गुरुवार", "2025-07-10"]])
    }

    func testModifiers() {
        assertFinds("पिछले मंगलवार को सभा हुई थी।", [["पिछले मंगलवार", "2025-07-08"]])
        assertFinds("अगले बुधवार को मतदान होगा।", [["अगले बुधवार", "2025-07-16"]])
        assertFinds("एक रविवार को वह घर लौटा।", [["एक रविवार", "2025-07-13"]])
    }

    func testWeekdayWithPartOfDayIsOneTime() {
        assertFinds("गुरुवार की शाम वे दिल्ली पहुंचे थे।", [["गुरुवार की शाम", "2025-07-10TEV"]])
        assertFinds("शुक्रवार रात तेज बारिश हुई।", [["शुक्रवार रात", "2025-07-11TNI"]])
        assertFinds("शनिवार की देर रात आग लगी।", [["शनिवार की देर रात", "2025-07-12TNI"]])
        assertFinds("मंगलवार दोपहर बाद बैठक होगी।", [["मंगलवार दोपहर बाद", "2025-07-15TAF"]])
    }

    func testSpellingVariantsOfThursday() {
        assertFinds("बृहस्पतिवार को फैसला आया।", [["बृहस्पतिवार", "2025-07-10"]])
        assertFinds("गुरूवार को फैसला आया।", [["गुरूवार", "2025-07-10"]])
    }

    func testDateBesideTheWeekdayNamesIt() {
        assertFinds("सोमवार, 14 जुलाई 2025 को बैठक हुई थी।", [["सोमवार", "2025-07-14"], ["14 जुलाई 2025", "2025-07-14"]])
        assertFinds("16 जुलाई, बुधवार को फैसला होगा।", [["16 जुलाई", "2025-07-16"], ["बुधवार", "2025-07-16"]])
    }

    func testCommonMisspellings() {
        assertFinds("सोमबार को बैठक हुई।", [["सोमबार", "2025-07-07"]])
        assertFinds("नवमबर में बैठक हुई।", [["नवमबर", "2024-11"]])
    }

    func testMarketNamesAreNotDates() {
        assertFindsNothing("सोमवार बाजार में भीड़ रही।")
        assertFindsNothing("शनिवार वाड़ा देखने पहुंचे।")
        assertFindsNothing("अगस्त क्रांति मैदान में सभा")
    }

    func testTenseIsReported() throws {
        let e = try XCTUnwrap(single("समिति की बैठक सोमवार को होगी।"))
        XCTAssertEqual(e.tense, .future)
        XCTAssertEqual(e.granularity, .day)
        XCTAssertEqual(e.rule, "weekday.tensed")
    }
}
