import XCTest
import HindiTemporal

final class YearMatcherTests: XCTestCase {
    func testYears() {
        assertFinds("वर्ष 2024 में उत्पादन बढ़ा।", [["वर्ष 2024", "2024"]])
        assertFinds("साल 2012 की बाढ़ में", [["साल 2012", "2012"]])
        assertFinds("कंपनी 1987 से काम कर रही है।", [["1987", "1987"]])
        assertFinds("एशिया कप 2031 की मेजबानी", [["2031", "2031"]])
    }

    func testYearRanges() {
        assertFinds("1999-2000 में सूखा पड़ा।", [["1999", "1999"], ["2000", "2000"]])
        assertFinds("2014 से 2019 तक", [["2014", "2014"], ["2019", "2019"]])
    }

    func testFiscalYears() {
        assertFinds("बजट 2024-25 पेश हुआ।", [["2024-25", "FY2024"]])
        assertFinds("वित्त वर्ष 2018-19 में घाटा", [["वित्त वर्ष 2018-19", "FY2018"]])
        assertFinds("वर्ष 2011-12 का हिसाब", [["वर्ष 2011-12", "FY2011"]])
    }

    func testDecadeAndQuarterWithYear() {
        assertFinds("1990 के दशक में", [["1990 के दशक", "199"]])
        assertFinds("2024 की दूसरी छमाही में", [["2024 की दूसरी छमाही", "2024-H2"]])
        assertFinds("2023 की पहली तिमाही में", [["2023 की पहली तिमाही", "2023-Q1"]])
    }

    func testAmountsAreNotYears() {
        assertFindsNothing("रैली में 2000 लोग पहुंचे।")
        assertFindsNothing("कीमत 2020 रुपये है।")
        assertFindsNothing("वाहनों की संख्या 3,415 हो गई।")
        assertFindsNothing("बिक्री में 40% से अधिक की बढ़त")
        assertFindsNothing("यह 2019.5 अंक है।")
        assertFindsNothing("रैली में 2000 से अधिक लोग पहुंचे।")
        assertFindsNothing("वहां करीब 1999 लोग थे।")
        assertFindsNothing("कंपनी के 1995 कर्मचारियों को बोनस मिला।")
        assertFindsNothing("मेले में 2000 गाड़ियां बिकीं।")
    }
}
