import XCTest
@testable import ActorRecognition

final class FeedTrailerTests: XCTestCase {
    func testSplitsTagLineAndSourceLink() {
        let text = """
        मॉस्को में दोनों देशों के बीच बातचीत हुई।
        अगली बैठक अगले महीने होगी।
        (टैगस्टोट्रांसलेट) उत्तर कोरिया (टी) रूस (टी) सर्गेई लावरोव
        Source link
        """
        let split = FeedTrailer.split(text)
        XCTAssertEqual(split.body, "मॉस्को में दोनों देशों के बीच बातचीत हुई।\nअगली बैठक अगले महीने होगी।")
        XCTAssertEqual(split.tags, ["उत्तर कोरिया", "रूस", "सर्गेई लावरोव"])
        XCTAssertEqual(split.removed, ["(टैगस्टोट्रांसलेट) उत्तर कोरिया (टी) रूस (टी) सर्गेई लावरोव", "Source link"])
    }

    func testMarkerVariantsHindiSourceLinkAndTextBeforeMarker() {
        let text = "बजट पेश हुआ। (टैग्सटोट्रांसलेट) निर्मला सीतारमण (टी) (टी) बजट (टी) निर्मला सीतारमण\nस्रोत लिंक: https://example.org/x\n"
        let split = FeedTrailer.split(text)
        XCTAssertEqual(split.body, "बजट पेश हुआ। ")
        XCTAssertEqual(split.tags, ["निर्मला सीतारमण", "बजट"])
        XCTAssertEqual(split.removed.count, 2)
        XCTAssertEqual(split.removed[1], "स्रोत लिंक: https://example.org/x")
    }

    func testTextWithoutTrailerIsUnchanged() {
        let text = "पहली पंक्ति\nइसमें source link शब्द बीच में है।"
        let split = FeedTrailer.split(text)
        XCTAssertEqual(split.body, text)
        XCTAssertEqual(split.tags, [])
        XCTAssertEqual(split.removed, [])
    }

    func testOtherParenthesesInsideTagsAreKept() {
        let split = FeedTrailer.split("(टैगस्टोट्रांसलेट) जनता दल (यूनाइटेड) (टी) बिहार")
        XCTAssertEqual(split.tags, ["जनता दल (यूनाइटेड)", "बिहार"])
        XCTAssertEqual(split.body, "")
    }
}
