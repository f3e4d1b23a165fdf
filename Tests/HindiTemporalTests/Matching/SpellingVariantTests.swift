import XCTest
@testable import HindiTemporal

/// Words written together and spelling variants (DCT 2025-07-13).
final class SpellingVariantTests: XCTestCase {
    func testFusedUntilNow() {
        assertFinds("अबतक 20 लोगों की मौत हो चुकी है।", [["अबतक", "PRESENT_REF"]])
        assertFinds("आजतक ऐसा नहीं हुआ।", [["आजतक", "2025-07-13"]])
    }

    func testTheNewsChannelIsNoDay() {
        assertFindsNothing("आजतक से बातचीत में मंत्री ने यह बात कही।")
        assertFindsNothing("आजतक की टीम मौके पर पहुंची।")
    }

    func testPluralsWithoutTheirNasal() {
        assertFinds("बीते कुछ दिनो में हालात बदले।", [["बीते कुछ दिनो", "PXD"]])
        assertFinds("कई वर्षो से विवाद है।", [["कई वर्षो", "PXY"]])
    }
}
