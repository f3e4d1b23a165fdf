import Digest
import Foundation
import Timelines
import XCTest
@testable import TimelinePages

final class HTMLTimelineTests: XCTestCase {
    private func page(_ entries: [TimelineEntry], name: String = "रवि शंकर", filters: [HTMLTimeline.Filter] = []) -> String {
        HTMLTimeline(actorName: name, actorKind: "person", filters: filters, entries: entries).render()
    }

    private func occurrences(of needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    /// The `<a class="mark …">…</a>` element of each entry id.
    private func marks(in html: String) throws -> [String: String] {
        let regex = try NSRegularExpression(pattern: "<a class=\"mark [^\"]*\"[^>]*data-entry-id=\"([^\"]*)\".*?</a>", options: [.dotMatchesLineSeparators])
        var found: [String: String] = [:]
        for match in regex.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
            guard let whole = Range(match.range, in: html), let id = Range(match.range(at: 1), in: html) else { continue }
            XCTAssertNil(found[String(html[id])], "two marks for \(html[id])")
            found[String(html[id])] = String(html[whole])
        }
        return found
    }

    func testTextFromArticlesIsEscapedEverywhere() throws {
        var hostile = TimelineEntrySamples.entry(
            "b000000001", value: "2025-07-12", granularity: "day", first: "2025-07-12", last: "2025-07-12",
            expression: "शनिवार", sentence: "<script>alert(1)</script> & शनिवार को \"बैठक\" हुई।",
            title: "<b>नीति</b> & 'सुधार'", url: "https://news.test/a?x=1&y=<2>", others: ["A&B <i>"])
        hostile.places = ["<em>मुंबई</em>", "पुणे"]
        let html = page([hostile], name: "<img src=x onerror=alert(2)>", filters: [.init(name: "with", value: "<u>रूस</u>")])
        XCTAssertEqual(occurrences(of: "<script", in: html), 1, "only the page's own script")
        XCTAssertFalse(html.contains("<script>alert"))
        XCTAssertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; <mark>शनिवार</mark> को &quot;बैठक&quot; हुई।"), html)
        XCTAssertFalse(html.contains("<b>"))
        XCTAssertTrue(html.contains("&lt;b&gt;नीति&lt;/b&gt; &amp; &#39;सुधार&#39;"))
        XCTAssertFalse(html.contains("<img"))
        XCTAssertTrue(html.contains("<h1 lang=\"hi\">&lt;img src=x onerror=alert(2)&gt;</h1>"))
        XCTAssertTrue(html.contains("with: A&amp;B &lt;i&gt;"))
        XCTAssertTrue(html.contains("where: &lt;em&gt;मुंबई&lt;/em&gt;, पुणे"), html)
        XCTAssertTrue(html.contains("href=\"https://news.test/a?x=1&amp;y=&lt;2&gt;\""))
        XCTAssertTrue(html.contains("with &lt;u&gt;रूस&lt;/u&gt;"))
        // The tooltip (the SVG <title>) is escaped too.
        let mark = try XCTUnwrap(try marks(in: html)["b000000001"])
        XCTAssertTrue(mark.contains("<title>2025-07-12 (day) — शनिवार\n&lt;script&gt;alert(1)&lt;/script&gt;"), mark)
        XCTAssertTrue(mark.contains("\nwhere: &lt;em&gt;मुंबई&lt;/em&gt;, पुणे\n"), mark)
    }

    func testAnAddressThatIsNotAWebPageIsNoLink() {
        let entry = TimelineEntrySamples.entry("c000000001", value: "2025-07-12", granularity: "day", first: "2025-07-12",
                                               last: "2025-07-12", expression: "शनिवार", sentence: "शनिवार को बैठक हुई।",
                                               url: "javascript:alert(1)")
        let html = page([entry])
        XCTAssertFalse(html.lowercased().contains("href=\"javascript"))
        XCTAssertTrue(html.contains("source: <span lang=\"hi\">दिल्ली डायरी</span>, 2025-07-20"), html)
    }

    func testOneMarkPerEntryCarryingItsIDAndTheIDInTheDetails() throws {
        let entries = TimelineEntrySamples.mixed
        let html = page(entries)
        let found = try marks(in: html)
        XCTAssertEqual(Set(found.keys), Set(entries.map(\.id)))
        XCTAssertEqual(occurrences(of: "data-entry-id=", in: html), entries.count)
        for entry in entries {
            XCTAssertEqual(occurrences(of: "<li class=\"entry entry-", in: html), entries.count)
            XCTAssertTrue(html.contains("id=\"entry-\(entry.id)\""))
            XCTAssertTrue(html.contains("id: <code>\(entry.id)</code>"))
            XCTAssertTrue(found[entry.id]?.contains("href=\"#entry-\(entry.id)\"") ?? false)
            XCTAssertTrue(found[entry.id]?.contains("id: \(entry.id)</title>") ?? false, "the tooltip names the id")
        }
    }

    func testADayIsAPointAndLongerPeriodsAreBars() throws {
        let found = try marks(in: page(TimelineEntrySamples.mixed))
        for entry in TimelineEntrySamples.mixed {
            let mark = try XCTUnwrap(found[entry.id])
            if entry.granularity == "day" {
                XCTAssertTrue(mark.contains("<circle") && !mark.contains("<rect"), mark)
                XCTAssertTrue(mark.hasPrefix("<a class=\"mark mark-day point\""), mark)
            } else {
                XCTAssertTrue(mark.contains("<rect") && !mark.contains("<circle"), mark)
                XCTAssertTrue(mark.hasPrefix("<a class=\"mark mark-\(entry.granularity) bar\""), mark)
            }
            XCTAssertTrue(mark.contains(">\(entry.value)</text>"), "labelled with its value: \(mark)")
        }
    }

    func testNothingIsLoadedFromElsewhere() {
        let html = page(TimelineEntrySamples.mixed)
        for forbidden in ["src=", "<link", "@import", "url(", "<iframe", "<img", "<object", "<embed"] {
            XCTAssertFalse(html.lowercased().contains(forbidden), "\(forbidden) in the page")
        }
        XCTAssertTrue(html.contains("content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-"))
        XCTAssertTrue(html.contains("<style>\n") && html.contains("<svg class=\"chart\""))
    }

    func testThePolicyAllowsExactlyThePageScript() throws {
        let html = page(TimelineEntrySamples.mixed)
        let start = try XCTUnwrap(html.range(of: "<script>")), end = try XCTUnwrap(html.range(of: "</script>"))
        let script = String(html[start.upperBound..<end.lowerBound])
        let digest = Data(SHA256.digest(Array(script.utf8))).base64EncodedString()
        XCTAssertTrue(html.contains("script-src 'sha256-\(digest)'"))
    }

    /// The policy hash of the page script, recorded from an earlier build: it pins the digest. An edit
    /// of the script changes both numbers below; record them anew then (the test above checks that
    /// the page and its policy still agree).
    func testThePageScriptHashIsTheRecordedOne() {
        XCTAssertEqual(HTMLTimelineScript.source.utf8.count, 2392, "the script was edited: record its length and hash anew")
        XCTAssertEqual(HTMLTimelineScript.hashSource, "'sha256-bdPFAY6LeiGaPV8c3Ii6VAkJzky4pZrZrG9Xjq4+bwY='")
    }

    func testFontsAreDevanagariFirstAndThereIsAPrintLayout() {
        let html = page(TimelineEntrySamples.mixed)
        XCTAssertTrue(html.contains("font-family: \"Noto Sans Devanagari\", \"Nirmala UI\", \"Kohinoor Devanagari\", \"Mangal\", \"Noto Sans\", sans-serif;"))
        XCTAssertTrue(html.contains("@media print {"))
        XCTAssertTrue(html.contains(".popup, figcaption { display: none !important; }"))
        XCTAssertTrue(html.contains("<meta charset=\"utf-8\">"))
    }

    func testHeaderNamesActorKindCountSpanAndFilters() {
        let html = page(TimelineEntrySamples.mixed, filters: [.init(name: "from", value: "2024-01-01"), .init(name: "with", value: "जापान")])
        XCTAssertTrue(html.contains("<title>रवि शंकर — timeline</title>"))
        XCTAssertTrue(html.contains("<strong>person</strong> · <strong>5</strong> entries · from <strong>2024-01-01</strong> to <strong>2025-07-27</strong>"), html)
        XCTAssertTrue(html.contains("<p class=\"filters\">Filters: from 2024-01-01 · with जापान</p>"))
        XCTAssertTrue(page(TimelineEntrySamples.mixed).contains("Filters: none"))
        XCTAssertTrue(html.contains("<ul class=\"legend\">"))
    }

    func testAnEmptyTimelineIsAValidPageThatSaysSo() {
        let html = page([], filters: [.init(name: "to", value: "2020-01-01")])
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>\n<html"))
        XCTAssertTrue(html.hasSuffix("</body>\n</html>\n"))
        XCTAssertTrue(html.contains("<strong>0</strong> entries"))
        XCTAssertTrue(html.contains("No entries: nothing dated names this actor within these filters."))
        XCTAssertFalse(html.contains("<svg"))
        XCTAssertFalse(html.contains("<a class=\"mark"))
        XCTAssertFalse(html.contains("data-entry-id=\""))
    }

    func testAnEntryWithUnreadableDaysIsListedNotDrawn() throws {
        var broken = TimelineEntrySamples.mixed[2]
        broken.id = "d000000001"
        broken.firstDay = "someday"
        let html = page(TimelineEntrySamples.mixed + [broken])
        XCTAssertNil(try marks(in: html)["d000000001"])
        XCTAssertEqual(try marks(in: html).count, TimelineEntrySamples.mixed.count)
        XCTAssertTrue(html.contains("id=\"entry-d000000001\""))
        XCTAssertTrue(html.contains("not on the time axis: its days are not readable"))
    }

    func testTheDatingWordsAreHighlightedInTheSentence() {
        let entry = TimelineEntrySamples.mixed[1]
        XCTAssertEqual(HTMLTimeline.sentenceHTML(entry), "<mark>जून में</mark> दोनों देशों के बीच व्यापार पर बातचीत हुई।")
        var unmatched = entry
        unmatched.expression = "जुलाई"
        XCTAssertEqual(HTMLTimeline.sentenceHTML(unmatched), "जून में दोनों देशों के बीच व्यापार पर बातचीत हुई।")
    }
}
