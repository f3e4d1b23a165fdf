import XCTest
import HindiTemporal

final class CalendarDateMatcherTests: XCTestCase {
    func testDayMonthYear() {
        assertFinds("समझौता 12 जुलाई 2025 को हुआ।", [["12 जुलाई 2025", "2025-07-12"]])
        assertFinds("पुल 21 दिसंबर, 1931 को खुला।", [["21 दिसंबर, 1931", "1931-12-21"]])
        assertFinds("१५ अगस्त १९४७ को देश आज़ाद हुआ।", [["१५ अगस्त १९४७", "1947-08-15"]])
    }

    func testDayMonthByTense() {
        assertFinds("हादसा 3 जुलाई को हुआ था।", [["3 जुलाई", "2025-07-03"]])
        assertFinds("रैली 5 अगस्त को होगी।", [["5 अगस्त", "2025-08-05"]])
        assertFinds("रैली 5 जून को होगी।", [["5 जून", "2026-06-05"]])
        assertFinds("गत 19 मार्च को वे लौटे।", [["गत 19 मार्च", "2025-03-19"]])
        assertFinds("दो अप्रैल को बैठक हुई थी।", [["दो अप्रैल", "2025-04-02"]])
    }

    func testRangesGiveTwoDates() {
        assertFinds("मेला 16-18 मई के बीच लगेगा।", [["16", "2026-05-16"], ["18 मई", "2026-05-18"]])
        assertFinds("बारिश 5 व 6 अगस्त को होगी।", [["5", "2025-08-05"], ["6 अगस्त", "2025-08-06"]])
    }

    func testDeadlineInPerfectTenseIsTheComingOne() {
        assertFinds("रोक 9 मई तक बढ़ा दी गई है।", [["9 मई", "2026-05-09"]])
    }

    func testYearWrittenEarlierInTheSentenceWins() {
        assertFinds("वर्ष 2015 में 3 जून को हादसा हुआ और दिसंबर में जांच पूरी हुई। 5 जून को बैठक होगी।",
                    [["वर्ष 2015", "2015"], ["3 जून", "2015-06-03"], ["दिसंबर", "2015-12"], ["5 जून", "2026-06-05"]])
    }

    func testScheduledEventKeepsItsYear() {
        assertFinds("यह मैच 5 मार्च को होना था।", [["5 मार्च", "2025-03-05"]])
    }

    func testMonthsByTense() {
        assertFinds("जून में उत्पादन घटा था।", [["जून", "2025-06"]])
        assertFinds("अक्टूबर में चुनाव होने की उम्मीद है।", [["अक्टूबर", "2025-10"]])
        assertFinds("नवंबर में उन्होंने मुलाकात की।", [["नवंबर", "2024-11"]])
        assertFinds("जनवरी माह से मरम्मत जारी है।", [["जनवरी माह", "2025-01"]])
    }

    func testSinceAMonthInTheOngoingPresentIsPast() {
        assertFinds("अक्टूबर से आंदोलन जारी है।", [["अक्टूबर", "2024-10"]])
        assertFinds("बुधवार से मेला शुरू हो रहा है।", [["बुधवार", "2025-07-16"]])
    }

    func testMonthWithYearAndVariants() {
        assertFinds("फ़रवरी 2024 में", [["फ़रवरी 2024", "2024-02"]])
        assertFinds("फ\u{093C}रवरी 2024 में", [["फ\u{093C}रवरी 2024", "2024-02"]])
        assertFinds("सितम्बर 2023 और सितंबर 2022", [["सितम्बर 2023", "2023-09"], ["सितंबर 2022", "2022-09"]])
        assertFinds("अक्तूबर 2021 में", [["अक्तूबर 2021", "2021-10"]])
    }

    func testMonthPartStaysAtMonthGranularity() {
        assertFinds("काम जुलाई के अंत तक पूरा होगा।", [["जुलाई के अंत", "2025-07"]])
    }

    func testProtestMarchIsNotAMonth() {
        assertFindsNothing("किसानों ने मार्च निकाला।")
        assertFindsNothing("छात्रों ने कलेक्ट्रेट तक मार्च किया।")
    }

    func testFirstOfTheMonthButNotEarlier() {
        assertFinds("पहली जुलाई को नियम लागू हुआ।", [["पहली जुलाई", "2025-07-01"]])
        assertFinds("पहले मई में चुनाव होने थे।", [["मई", "2025-05"]])
    }

    func testDayOfTheMonth() {
        assertFinds("ट्रेनें 15 तारीख से समय पर चलेंगी।", [["15 तारीख", "2025-07-15"]])
        assertFinds("वेतन 5 तारीख को मिला था।", [["5 तारीख", "2025-07-05"]])
    }
}
