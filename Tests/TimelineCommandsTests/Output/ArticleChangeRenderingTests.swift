import HindiTemporal
import XCTest
@testable import TimelineCommands
@testable import Timelines

/// The lines of `timeline reprocess --dry-run`: places are shown for entries that have or had any.
final class ArticleChangeRenderingTests: XCTestCase {
    private func summary(_ id: String, actors: [String], places: [String]) -> EntrySummary {
        let day = CalendarDay(iso: "2025-07-12")!
        return EntrySummary(entryID: id, expression: "शनिवार", start: 0, end: 6, value: "2025-07-12", granularity: "day",
                            interval: DayInterval(first: day, last: day), actorKeys: actors, actorNames: actors,
                            placeKeys: places, placeNames: places)
    }

    func testPlacesBeforeAndAfterAreShownWhenAnEntryHasAny() {
        let change = ArticleChange(
            streamID: "article-1", identifier: "https://news.test/kim", title: "परीक्षण", published: CalendarDay(iso: "2025-07-13")!,
            revision: 1,
            retracted: [summary("k3v0q8x2mw", actors: ["किम जोंग उन"], places: [])],
            added: [summary("5q1c8e3m0t", actors: ["किम जोंग उन"], places: ["प्योंगयांग"]),
                    summary("7d2m0c4x9a", actors: ["वांग यी"], places: ["बीजिंग", "मॉस्को"])],
            replaced: [summary("5q1c8e3m0t", actors: ["किम जोंग उन"], places: [])])
        XCTAssertEqual(ArticleChangeRendering.lines(change), [
            #"https://news.test/kim (2025-07-13) "परीक्षण", revision 1"#,
            "  - k3v0q8x2mw  2025-07-12  शनिवार  किम जोंग उन",
            "  ~ 5q1c8e3m0t  2025-07-12  शनिवार  किम जोंग उन  where: → प्योंगयांग",
            "  + 7d2m0c4x9a  2025-07-12  शनिवार  वांग यी  where: बीजिंग, मॉस्को",
        ])
    }
}
