import XCTest
import HindiTemporal

final class RelativeMatcherTests: XCTestCase {
    func testYearsMonthsWeeks() {
        assertFinds("पिछले साल बाढ़ आई थी।", [["पिछले साल", "2024"]])
        assertFinds("इस साल फसल अच्छी है।", [["इस साल", "2025"]])
        assertFinds("अगले वर्ष चुनाव होंगे।", [["अगले वर्ष", "2026"]])
        assertFinds("गत वर्ष यह आंकड़ा कम था।", [["गत वर्ष", "2024"]])
        assertFinds("बीते माह कीमतें बढ़ीं।", [["बीते माह", "2025-06"]])
        assertFinds("अगले महीने परीक्षा होगी।", [["अगले महीने", "2025-08"]])
        assertFinds("इस सप्ताह बारिश होगी।", [["इस सप्ताह", "2025-W28"]])
        assertFinds("पिछले हफ्ते वे लौटे।", [["पिछले हफ्ते", "2025-W27"]])
        assertFinds("आने वाले साल में", [["आने वाले साल", "2026"]])
        assertFinds("इसी हफ्ते फैसला होगा।", [["इसी हफ्ते", "2025-W28"]])
    }

    func testWeekends() {
        assertFinds("इस सप्ताह के अंत में मेला लगेगा।", [["इस सप्ताह के अंत", "2025-W28-WE"]])
        assertFinds("इस  सप्ताह  के  अंत  तक", [["इस  सप्ताह  के  अंत", "2025-W28-WE"]])
        assertFinds("अगले हफ्ते के आखिर तक", [["अगले हफ्ते के आखिर", "2025-W29-WE"]])
        assertFinds("सप्ताहांत पर भीड़ रही।", [["सप्ताहांत", "2025-W28-WE"]])
    }

    func testYearWithMonth() {
        assertFinds("पिछले साल नवंबर में सड़क बनी थी।", [["पिछले साल नवंबर", "2024-11"]])
    }

    func testFiscalQuarterSeason() {
        assertFinds("चालू वित्त वर्ष में", [["चालू वित्त वर्ष", "FY2025"]])
        assertFinds("अगले वित्त वर्ष के लिए", [["अगले वित्त वर्ष", "FY2020"]], dct: DCT.thursday)
        assertFinds("पिछली तिमाही में", [["पिछली तिमाही", "2025-Q2"]])
        assertFinds("पिछली सर्दियों में", [["पिछली सर्दियों", "2024-WI"]])
        assertFinds("इस गर्मी में", [["इस गर्मी", "2025-SU"]])
    }

    func testVagueDays() {
        assertFinds("पिछले दिनों वादा किया था।", [["पिछले दिनों", "PAST_REF"]])
        assertFinds("आने वाले दिनों में राहत मिलेगी।", [["आने वाले दिनों", "FUTURE_REF"]])
        assertFinds("इस वक्त हालात ठीक हैं।", [["इस वक्त", "PRESENT_REF"]])
        assertFindsNothing("उस समय वह घर पर था।")
    }

    func testAnchoredDaysFollowTheLatestDate() {
        let text = "पुलिस ने 3 जुलाई को छापा मारा। उसी दिन दो लोग पकड़े गए। अगले दिन उन्हें पेश किया गया। दो दिन बाद जमानत मिली।"
        assertFinds(text, [["3 जुलाई", "2025-07-03"], ["उसी दिन", "2025-07-03"], ["अगले दिन", "2025-07-04"],
                           ["दो दिन बाद", "2025-07-06"]])
        let found = TemporalExtractor().extract(from: text, published: DCT.sunday)
        XCTAssertEqual(found[1].anchor, .previousExpression(0))
    }

    func testLastNightAndTheNextMorning() {
        assertFinds("बीती रात चोरी हुई। 5 जुलाई को वह गया और अगली सुबह लौटा।",
                    [["बीती रात", "2025-07-12TNI"], ["5 जुलाई", "2025-07-05"], ["अगली सुबह", "2025-07-06TMO"]])
    }

    func testPreviousDayIsTheDayBeforePublication() {
        assertFinds("गत दिवस बैठक हुई।", [["गत दिवस", "2025-07-12"]])
        // "दिवस" of a festival's name is no previous day: the festival is dated itself
        assertFinds("स्वतंत्रता दिवस पर झंडा फहराया।", [["स्वतंत्रता दिवस", "2024-08-15"]])
    }

    func testYearsLaterCountFromTheLatestYear() {
        assertFinds("1998 में शादी हुई और दो साल बाद तलाक हो गया।", [["1998", "1998"], ["दो साल बाद", "2000"]])
        assertFinds("दो साल बाद चुनाव होंगे।", [["दो साल बाद", "2027"]])
    }

    func testThatYearAndThatMonthFollowTheLatestDate() {
        assertFinds("2019 में चुनाव हुए और उसी साल नई सरकार बनी। मार्च 2021 में बाढ़ आई, उस महीने भारी नुकसान हुआ।",
                    [["2019", "2019"], ["उसी साल", "2019"], ["मार्च 2021", "2021-03"], ["उस महीने", "2021-03"]])
    }

    func testAnchoredWithoutDateUsesDCT() {
        assertFinds("उस दिन सब खुश थे।", [["उस दिन", "2025-07-13"]])
    }

    func testCountedOffsets() {
        assertFinds("दो साल पहले योजना शुरू हुई।", [["दो साल पहले", "2023"]])
        assertFinds("तीन दिन पहले हादसा हुआ।", [["तीन दिन पहले", "2025-07-10"]])
        assertFinds("एक महीने पहले हालात अलग थे।", [["एक महीने पहले", "2025-06"]])
        assertFinds("तीन  सप्ताह  पहले  मेला  लगा।", [["तीन  सप्ताह  पहले", "2025-W25"]])
    }
}
