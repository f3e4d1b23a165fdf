import XCTest
@testable import HindiTemporal

/// Clock times and parts of day that no date of their own places (DCT 2025-07-13).
final class DaylessTimeTests: XCTestCase {
    func testATimeTakesTheDayOfThePreviousSentence() {
        assertFinds("शुक्रवार को छापा पड़ा। सुबह 11 बजे टीम पहुंची।", [["शुक्रवार", "2025-07-11"], ["सुबह 11 बजे", "2025-07-11T11:00"]])
    }

    func testAHabitualPresentTimeHasNoDay() {
        assertFinds("शनिवार को बैठक हुई। दुकानें 11 बजे खुलती हैं।", [["शनिवार", "2025-07-12"], ["11 बजे", "XXXX-XX-XXT11:00"]])
    }

    func testAClockTimeWithNoDayAndNoTenseHasNoDay() {
        assertFinds("कार्यक्रम 11 बजे से।", [["11 बजे", "XXXX-XX-XXT11:00"]])
    }

    func testAClockTimeOfAReportedEventIsThePublicationDay() {
        assertFinds("पुलिस ने बताया कि 11 बजे टीम पहुंची।", [["11 बजे", "2025-07-13T11:00"]])
    }
}

/// A day named right before a time is its day, even in advice (DCT 2025-07-13).
final class DayBeforeTimeTests: XCTestCase {
    func testTheDayRightBeforeWinsOverAdvice() {
        assertFinds("मंगलवार को सुबह 10 बजे पहुंचें।", [["मंगलवार", "2025-07-15"], ["सुबह 10 बजे", "2025-07-15T10:00"]])
        assertFinds("शुक्रवार दोपहर 1 बजे और 4 बजे के बीच कॉल करें।",
                    [["शुक्रवार दोपहर 1 बजे", "2025-07-18T13:00"], ["4 बजे", "2025-07-18T16:00"]])
    }
}
