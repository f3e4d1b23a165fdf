import XCTest
import HindiTemporal

final class ClockMatcherTests: XCTestCase {
    func testClockTimesWithPartOfDay() {
        assertFinds("सुबह 10 बजे सभा होगी।", [["सुबह 10 बजे", "2025-07-13T10:00"]])
        assertFinds("शाम 8 बजे", [["शाम 8 बजे", "XXXX-XX-XXT20:00"]])
        assertFinds("दोपहर 2 बजे", [["दोपहर 2 बजे", "XXXX-XX-XXT14:00"]])
        assertFinds("रात के नौ बजे तक", [["रात के नौ बजे", "XXXX-XX-XXT21:00"]])
        assertFinds("शाम चार बजे सभा खत्म हुई।", [["शाम चार बजे", "2025-07-13T16:00"]])
    }

    func testClockRangeKeepsThePartOfDay() {
        assertFinds("बाजार शाम 4 से 6 बजे तक खुला रहा।", [["शाम 4", "2025-07-13T16:00"], ["6 बजे", "2025-07-13T18:00"]])
    }

    func testMidnightByTheClock() {
        assertFinds("शनिवार को रात 12 बजे आग लगी।", [["शनिवार", "2025-07-12"], ["रात 12 बजे", "2025-07-12T24:00"]])
    }

    func testFormalPartsOfDay() {
        assertFinds("अपराह्न 3 बजे बैठक होगी।", [["अपराह्न 3 बजे", "2025-07-13T15:00"]])
        assertFinds("पूर्वाह्न 11 बजे बैठक होगी।", [["पूर्वाह्न 11 बजे", "2025-07-13T11:00"]])
    }

    /// Fragments with no day and no tense keep the clock time without a day.
    func testClockForms() {
        assertFinds("10:30 बजे उड़ान", [["10:30 बजे", "XXXX-XX-XXT10:30"]])
        assertFinds("साढ़े दस बजे", [["साढ़े दस बजे", "XXXX-XX-XXT10:30"]])
        assertFinds("साढ़े 9 बजे शाम को", [["साढ़े 9 बजे शाम", "XXXX-XX-XXT21:30"]])
        assertFinds("समय:11.30am पर", [["11.30am", "XXXX-XX-XXT11:30"]])
        assertFinds("समय 12.11 pm पर", [["12.11 pm", "XXXX-XX-XXT12:11"]])
        assertFinds("उड़ान 7.45 p.m. पर", [["7.45 p.m.", "XXXX-XX-XXT19:45"]])
        assertFinds("उड़ान 7.45 p.m. पर रवाना हुई।", [["7.45 p.m.", "2025-07-13T19:45"]])
    }

    func testTimeTakesTheDayOfTheLatestDate() {
        assertFinds("22 मार्च को शाम 5 बजे ताली बजी थी।", [["22 मार्च", "2025-03-22"], ["शाम 5 बजे", "2025-03-22T17:00"]])
    }

    func testPartsOfDay() {
        assertFinds("देर रात आग लगी।", [["देर रात", "2025-07-13TNI"]])
        assertFinds("शनिवार को बारात आई। आधी रात को हंगामा हुआ।",
                    [["शनिवार", "2025-07-12"], ["आधी रात", "2025-07-12T24:00"]])
    }

    func testHabitualTimesHaveNoDay() {
        assertFinds("दुकानें रोज सुबह 7 बजे खुलती हैं।", [["रोज", "P1D"], ["सुबह 7 बजे", "XXXX-XX-XXT07:00"]])
        assertFinds("रात में खिड़की खुली न रखें।", [["रात", "XXXX-XX-XXTNI"]])
    }

    func testPartOfDayCarriesOverAnApproximator() {
        assertFinds("वह शनिवार रात करीब 11 बजे लौटा।", [["शनिवार रात", "2025-07-12TNI"], ["11 बजे", "2025-07-12T23:00"]])
        assertFinds("रात करीब दो बजे तेंदुआ घुसा।", [["दो बजे", "2025-07-13T02:00"]])
    }

    func testFutureTimeIsNotPutOnAnEarlierSentencesPastDate() {
        assertFinds("बैठक 3 जुलाई को हुई थी। मैच शाम 7:30 बजे शुरू होगा।",
                    [["3 जुलाई", "2025-07-03"], ["शाम 7:30 बजे", "2025-07-13T19:30"]])
    }

    func testHistoricDateFromEarlierSentenceIsNotTheDayOfABareTime() {
        assertFinds("आपातकाल 25 जून 1975 को लगा था। लोग परेशान थे। सुबह से कतारें लगी थीं।",
                    [["25 जून 1975", "1975-06-25"], ["सुबह", "2025-07-13TMO"]])
    }

    func testDecimalsAreNotTimes() {
        assertFindsNothing("तापमान 31.6 डिग्री रहा।")
    }
}

/// Bare numbers at either end of a range of hours (DCT 2025-07-13).
final class ClockRangeMatcherTests: XCTestCase {
    func testABareStartTakesTheEndsHalfOfTheDay() {
        assertFinds("दुकानें 10 से 5 बजे तक खुली थीं।", [["10", "2025-07-13T10:00"], ["5 बजे", "2025-07-13T17:00"]])
        assertFinds("4 से शाम 5 तक बाजार बंद रहा।", [["4", "2025-07-13T16:00"], ["शाम 5", "2025-07-13T17:00"]])
        assertFinds("11 से शाम 3 तक मतदान हुआ।", [["11", "2025-07-13T11:00"], ["शाम 3", "2025-07-13T15:00"]])
    }

    func testABareEndTakesTheStartsPartOfDay() {
        assertFinds("शाम 4 और 5 के बीच बारिश हुई।", [["शाम 4", "2025-07-13T16:00"], ["5", "2025-07-13T17:00"]])
    }

    func testANumberAfterAClockThatCountsSomethingIsNoTime() {
        assertFinds("शाम 5 से 6 लोग आए।", [["शाम 5", "2025-07-13T17:00"]])
        assertFinds("2 से 3 घंटे लगेंगे।", [["2", "PT2H"], ["3 घंटे", "PT3H"]])
    }

    func testAfternoonFollowedByAfterStandsAlone() {
        assertFinds("दोपहर बाद खेल हुए।", [["दोपहर बाद", "2025-07-13TAF"]])
    }
}

/// Clock times with seconds (DCT 2025-10-15).
final class ClockSecondsTests: XCTestCase {
    func testSecondsAreReadAndDroppedAndNeverReadAsAClock() {
        let dct = CalendarDay(year: 2025, month: 10, day: 15)!
        assertFinds("14 अक्टूबर को सुबह 8:00:31 बजे भूकंप आया।", [["14 अक्टूबर", "2025-10-14"], ["सुबह 8:00:31 बजे", "2025-10-14T08:00"]], dct: dct)
        assertFindsNothing("धावक ने 2:05:30 में दौड़ पूरी की।", dct: dct)
    }
}

/// Parts of day standing alone (DCT 2025-07-13).
final class BarePartOfDayTests: XCTestCase {
    func testAPartOfDayOpeningItsSentenceOrDoubled() {
        assertFinds("सुबह पुलिस पहुंची।", [["सुबह", "2025-07-13TMO"]])
        assertFinds("तड़के सुबह हमला हुआ।", [["तड़के सुबह", "2025-07-13TMO"]])
        assertFinds("सुबह-सुबह लोग जुटे।", [["सुबह-सुबह", "2025-07-13TMO"]])
    }

    func testMidnightWrittenInTwoWords() {
        assertFinds("आधी-रात को धमाका हुआ।", [["आधी-रात", "2025-07-13T24:00"]])
        assertFinds("मध्य रात्रि को धमाका हुआ।", [["मध्य रात्रि", "2025-07-13T24:00"]])
    }

    func testADinnerIsNoNight() {
        assertFindsNothing("रात्रि भोज हुआ।")
    }
}

/// Two bare hours after a day, and hours in words (DCT 2025-07-13).
final class DayHourRangeTests: XCTestCase {
    func testTwoBareHoursAfterADay() {
        assertFinds("रविवार को 10 से 12 के बीच बिजली कटौती रहेगी।",
                    [["रविवार", "2025-07-13"], ["10", "2025-07-13T10:00"], ["12", "2025-07-13T12:00"]])
        assertFinds("मंगलवार 5 से 6 लोग आए।", [["मंगलवार", "2025-07-08"]])
    }

    func testAnHourInWordsStartingARange() {
        assertFinds("आज पाँच से सात बजे तक दुकानें खुलेंगी।",
                    [["आज", "2025-07-13"], ["पाँच", "2025-07-13T05:00"], ["सात बजे", "2025-07-13T07:00"]])
        assertFinds("दो से तीन घंटे लगेंगे।", [["दो", "PT2H"], ["तीन घंटे", "PT3H"]])
    }
}
