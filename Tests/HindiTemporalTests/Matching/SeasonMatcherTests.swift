import XCTest
@testable import HindiTemporal

/// Seasons without a modifier, by tense (DCT 2025-07-13, in summer).
final class SeasonMatcherTests: XCTestCase {
    func testASeasonTakesTheYearTheTensePointsTo() {
        assertFinds("सर्दियों में प्रदूषण बढ़ेगा।", [["सर्दियों", "2025-WI"]])
        assertFinds("गर्मियों में पानी की किल्लत रहती है।", [["गर्मियों", "2025-SU"]])
        assertFinds("वसंत ऋतु में फूल खिले थे।", [["वसंत ऋतु", "2025-SP"]])
        assertFinds("मानसून के दौरान बारिश कम हुई।", [["मानसून", "2025-SU"]])
    }

    func testAPastWinterBeforeItsStartIsLastYears() {
        assertFinds("सर्दी के मौसम में कोहरा छाया रहा था।", [["सर्दी के मौसम", "2024-WI"]])
    }

    func testHeatColdAndNamesAreNoSeasons() {
        assertFindsNothing("भीषण गर्मी में लोग परेशान हैं।")
        assertFindsNothing("मानसून सत्र में विधेयक पारित हुआ।")
    }

    func testAModifiedSeasonKeepsItsModifier() {
        assertFinds("पिछली सर्दियों में बिजली की मांग बढ़ी।", [["पिछली सर्दियों", "2024-WI"]])
    }
}
