import XCTest
import HindiTemporal

final class NumericDateMatcherTests: XCTestCase {
    func testSeparators() {
        assertFinds("आदेश 12/07/2025 को जारी हुआ।", [["12/07/2025", "2025-07-12"]])
        assertFinds("आदेश 12.07.2025 को जारी हुआ।", [["12.07.2025", "2025-07-12"]])
        assertFinds("आदेश 12-07-2025 को जारी हुआ।", [["12-07-2025", "2025-07-12"]])
        assertFinds("आदेश 2025-07-12 को जारी हुआ।", [["2025-07-12", "2025-07-12"]])
    }

    func testDevanagariDigits() {
        assertFinds("आदेश १२/०७/२०२५ को जारी हुआ।", [["१२/०७/२०२५", "2025-07-12"]])
    }

    func testInvalidDatesAndVersionNumbersAreSkipped() {
        assertFindsNothing("अंक 31/02/2025 गलत है।")
        assertFindsNothing("पता 10.0.0.1 पर है।")
        assertFindsNothing("दर 12.5 प्रतिशत रही।")
    }
}
