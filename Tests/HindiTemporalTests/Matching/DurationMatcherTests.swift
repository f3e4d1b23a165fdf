import XCTest
import HindiTemporal

final class DurationMatcherTests: XCTestCase {
    func testCountedDurations() {
        assertFinds("तीन दिन का दौरा", [["तीन दिन", "P3D"]])
        assertFinds("24 घंटे में", [["24 घंटे", "PT24H"]])
        assertFinds("दो साल तक", [["दो साल", "P2Y"]])
        assertFinds("दो दशक से", [["दो दशक", "P20Y"]])
        assertFinds("45 मिनट की देरी", [["45 मिनट", "PT45M"]])
        assertFinds("सौ साल पुराना मंदिर", [["सौ साल", "P100Y"]])
    }

    func testFractions() {
        assertFinds("ढाई साल की पढ़ाई", [["ढाई साल", "P2.5Y"]])
        assertFinds("लगभग ढाई महीने तक", [["ढाई महीने", "P2.5M"]])
        assertFinds("डेढ़ साल से", [["डेढ़ साल", "P1.5Y"]])
        assertFinds("सवा दो घंटे चला", [["सवा दो घंटे", "PT2.25H"]])
        assertFinds("साढ़े तीन साल की सजा", [["साढ़े तीन साल", "P3.5Y"]])
    }

    func testVagueAndWindowedDurations() {
        assertFinds("कई महीनों में", [["कई महीनों", "PXM"]])
        assertFinds("कुछ दिन और", [["कुछ दिन", "PXD"]])
        assertFinds("पिछले 48 घंटों में", [["पिछले 48 घंटों", "PT48H"]])
        assertFinds("अगले दो-तीन दिन में", [["अगले दो-तीन दिन", "PXD"]])
        assertFinds("पिछले एक दशक में", [["पिछले एक दशक", "P10Y"]])
        assertFinds("इन 45 दिनों में", [["इन 45 दिनों", "P45D"]])
        assertFinds("वर्षों से खाली पड़ा है", [["वर्षों", "PXY"]])
        assertFinds("2-3 दिन में", [["2-3 दिन", "PXD"]])
    }

    func testCompoundDurations() {
        assertFinds("यात्री 3 घंटे 20 मिनट तक फंसे रहे।", [["3 घंटे 20 मिनट", "PT3H20M"]])
        assertFinds("2 साल 6 महीने की सजा", [["2 साल 6 महीने", "P2Y6M"]])
    }

    func testWholePeriods() {
        assertFinds("दिनभर धूप रही।", [["दिनभर", "P1D"]])
        assertFinds("साल भर चलने वाला उत्सव", [["साल भर", "P1Y"]])
    }

    func testRangeStartTakesTheUnit() {
        assertFinds("बसें 2 से पांच घंटे लेट रहीं", [["2", "PT2H"], ["पांच घंटे", "PT5H"]])
    }

    func testWithinInFutureIsADate() {
        assertFinds("यह फैसला दो दिन में लिया जाएगा।", [["दो दिन", "2025-07-15"]])
        assertFinds("काम 24 घंटे में पूरा कर दिया।", [["24 घंटे", "PT24H"]])
    }

    func testMultiDayAdjective() {
        assertFinds("तीन दिवसीय सम्मेलन", [["तीन दिवसीय", "P3D"]])
    }

    func testFuzzyCountAsAPointTakesTheLowerNumber() {
        assertFinds("तीन-चार दिन पहले बारिश हुई।", [["तीन-चार दिन पहले", "2025-07-10"]])
    }

    func testVagueOffsets() {
        assertFinds("कुछ दिन पहले चोरी हुई थी।", [["कुछ दिन पहले", "PAST_REF"]])
        assertFinds("कुछ महीने बाद नतीजे आएंगे।", [["कुछ महीने बाद", "FUTURE_REF"]])
    }

    func testAgesAreNotDurations() {
        assertFindsNothing("40 वर्षीय व्यक्ति")
        assertFindsNothing("60 साल से अधिक उम्र के लोग")
        assertFindsNothing("10 साल का बच्चा")
        assertFindsNothing("उम्र 35 साल बताई गई")
    }
}
