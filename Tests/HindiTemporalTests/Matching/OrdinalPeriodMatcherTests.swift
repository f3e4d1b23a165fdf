import XCTest
import HindiTemporal

final class OrdinalPeriodMatcherTests: XCTestCase {
    func testCenturies() {
        assertFinds("21वीं सदी में", [["21वीं सदी", "20"]])
        assertFinds("इक्कीसवीं सदी की चुनौतियां", [["इक्कीसवीं सदी", "20"]])
        assertFinds("19वीं शताब्दी के अंत में", [["19वीं शताब्दी", "18"]])
    }

    func testQuartersAndHalves() {
        assertFinds("पहली तिमाही में मुनाफा बढ़ा।", [["पहली तिमाही", "2025-Q1"]])
        assertFinds("दूसरी छमाही में", [["दूसरी छमाही", "2025-H2"]])
    }

    func testShortDecades() {
        assertFinds("90 के दशक में", [["90 के दशक", "199"]])
        assertFinds("अस्सी के दशक की फिल्में", [["अस्सी के दशक", "198"]])
    }

    func testOrdinalCountsAreNotDates() {
        assertFindsNothing("यह उनकी तीसरी यात्रा थी।")
        assertFindsNothing("वह चौथे स्थान पर रहा।")
    }
}
