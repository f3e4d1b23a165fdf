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

/// Days named from another day, a month written before its day, parts of years (DCT 2025-07-14).
final class NamedFromAnotherTests: XCTestCase {
    let monday = CalendarDay(year: 2025, month: 7, day: 14)!

    func testAnOffsetCountsFromTheDayJoinedToItBySe() {
        assertFinds("कल से दो दिन बाद बैठक होगी।", [["कल", "2025-07-15"], ["दो दिन बाद", "2025-07-17"]], dct: monday)
        assertFinds("शुक्रवार से तीन दिन पहले मामला दर्ज हुआ।", [["शुक्रवार", "2025-07-11"], ["तीन दिन पहले", "2025-07-08"]], dct: monday)
    }

    func testAWeekAndASeasonOfAYearWrittenOut() {
        assertFinds("2015 का पहला सप्ताह अच्छा रहा।", [["2015 का पहला सप्ताह", "2015-W01"]], dct: monday)
        assertFinds("2016 की गर्मियों में सूखा पड़ा।", [["2016 की गर्मियों", "2016-SU"]], dct: monday)
    }

    func testADayWrittenAfterItsMonth() {
        assertFinds("अक्टूबर 2 को सभा होगी।", [["अक्टूबर 2", "2025-10-02"]], dct: monday)
        assertFinds("जून की बाईस तारीख को परीक्षा होगी।", [["जून की बाईस तारीख", "2026-06-22"]], dct: monday)
        assertFinds("जून 2 लाख लोग आए।", [["जून", "2025-06"]], dct: monday)
    }

    func testADayOfARelativeMonth() {
        assertFinds("इस महीने की 15 तारीख को बैठक होगी।", [["इस महीने की 15 तारीख", "2025-07-15"]], dct: monday)
        assertFinds("अगले महीने की 20 को चुनाव है।", [["अगले महीने की 20", "2025-08-20"]], dct: monday)
    }
}

/// The first date of a range takes its year from the second (DCT 2025-07-14).
final class RangeYearTests: XCTestCase {
    let monday = CalendarDay(year: 2025, month: 7, day: 14)!

    func testAMonthRangeWithoutAYearEndsAfterItStarts() {
        assertFinds("मई से सितंबर तक बारिश कम हुई।", [["मई", "2025-05"], ["सितंबर", "2025-09"]], dct: monday)
        assertFinds("नवंबर से फरवरी तक ठंड रहेगी।", [["नवंबर", "2025-11"], ["फरवरी", "2026-02"]], dct: monday)
    }

    func testADayRangeTakesTheYearWrittenAfterItsEnd() {
        assertFinds("18 नवंबर से 19 दिसंबर 2015 तक सत्र चला।",
                    [["18 नवंबर", "2015-11-18"], ["19 दिसंबर 2015", "2015-12-19"]], dct: monday)
        assertFinds("28 दिसंबर से 5 जनवरी 2016 तक छुट्टी रही।",
                    [["28 दिसंबर", "2015-12-28"], ["5 जनवरी 2016", "2016-01-05"]], dct: monday)
    }
}

/// The last day of what is told (DCT 2025-07-14).
final class LastDayTests: XCTestCase {
    func testTheLastDayIsTheDayNamedBefore() {
        assertFinds("शुक्रवार को फॉर्म खरीदने का आखिरी दिन था।", [["शुक्रवार", "2025-07-11"], ["आखिरी दिन", "2025-07-11"]],
                    dct: CalendarDay(year: 2025, month: 7, day: 14)!)
        assertFindsNothing("उनके अंतिम दिनों में परिवार साथ था।", dct: CalendarDay(year: 2025, month: 7, day: 14)!)
    }
}

/// The day or night of what is told, "ही" inside expressions, and seasonal holidays (DCT 2025-07-13).
final class TheDayOfTests: XCTestCase {
    func testTheNightOrDayOfAnIncident() {
        assertFinds("सोमवार को हत्या हुई। वारदात वाली रात आरोपी फरार हुआ।", [["सोमवार", "2025-07-07"], ["रात", "2025-07-07TNI"]])
        assertFinds("शनिवार को हादसा हुआ। घटना वाले दिन पुलिस देर से पहुंची।", [["शनिवार", "2025-07-12"], ["दिन", "2025-07-12"]])
    }

    func testHiInsideAnExpression() {
        assertFinds("ऐलान 10 जुलाई को हुआ और अगले ही दिन फिल्म आई।", [["10 जुलाई", "2025-07-10"], ["अगले ही दिन", "2025-07-11"]])
        assertFinds("कुछ ही दिनों में काम पूरा होगा।", [["कुछ ही दिनों", "PXD"]])
    }

    func testSummerHolidays() {
        assertFinds("गर्मियों की छुट्टियां शुरू हुईं।", [["गर्मियों", "2025-SU"]])
    }
}
