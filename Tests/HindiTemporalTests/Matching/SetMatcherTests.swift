import XCTest
import HindiTemporal

final class SetMatcherTests: XCTestCase {
    func testEveryUnit() {
        assertFinds("हर साल मेला लगता है।", [["हर साल", "P1Y"]])
        assertFinds("प्रत्येक सप्ताह बैठक", [["प्रत्येक सप्ताह", "P1W"]])
        assertFinds("हर दिन बस चलती है।", [["हर दिन", "P1D"]])
        assertFinds("हर दो साल पर चुनाव", [["हर दो साल", "P2Y"]])
    }

    func testEveryWeekday() {
        assertFinds("हर सोमवार व्रत रखते हैं।", [["हर सोमवार", "XXXX-WXX-1"]])
        assertFinds("प्रत्येक शनिवार", [["प्रत्येक शनिवार", "XXXX-WXX-6"]])
    }

    func testSetWords() {
        assertFinds("रोजाना अभ्यास", [["रोजाना", "P1D"]])
        assertFinds("रोज़ाना अभ्यास", [["रोज़ाना", "P1D"]])
        assertFinds("सालाना सम्मेलन", [["सालाना", "P1Y"]])
        assertFinds("दैनिक बैठक", [["दैनिक", "P1D"]])
        assertFinds("आए दिन झगड़े होते हैं।", [["आए दिन", "P1D"]])
    }

    func testRatesAndNamesAreNotSets() {
        assertFindsNothing("हवा 80 किलोमीटर प्रति घंटे की रफ्तार से चली।")
        assertFindsNothing("दैनिक जागरण की खबर")
    }
}
