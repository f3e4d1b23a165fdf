import Foundation
import Timelines
import XCTest
@testable import TimelineCommands

/// The page in a real browser: headless Chromium draws it to a PNG that must show the marks, and its DOM,
/// after the page's script ran, must hold one mark per entry.
final class HTMLTimelineBrowserTests: XCTestCase {
    private var chromium: HeadlessChromium!
    private var dir: URL!

    override func setUpWithError() throws {
        guard let found = HeadlessChromium.find() else {
            throw XCTSkip("No browser: neither \(HeadlessChromium.names.joined(separator: " nor ")) is on PATH "
                          + "(Debian: apt-get install chromium fonts-noto-core; scripts/test installs them as root).")
        }
        chromium = found
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("html-timeline-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        if let dir { try? FileManager.default.removeItem(at: dir) }
    }

    private func writePage(_ entries: [TimelineEntry]) throws -> URL {
        let html = HTMLTimeline(actorName: "रवि शंकर", actorKind: "person", filters: [], entries: entries).render()
        let url = dir.appendingPathComponent("timeline.html")
        try html.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    func testTheScreenshotShowsTheMarks() throws {
        let page = try writePage(TimelineEntrySamples.mixed)
        let png = dir.appendingPathComponent("timeline.png")
        try chromium.screenshot(of: page, to: png, width: 1200, height: 800)
        let image = try PNGImage(bytes: Array(try Data(contentsOf: png)))
        XCTAssertEqual(image.width, 1200)
        XCTAssertEqual(image.height, 800)

        let paper = PNGImage.RGB(red: 255, green: 255, blue: 255)
        let total = image.pixels.count
        let blank = image.count(near: paper, tolerance: 0)
        XCTAssertGreaterThan(blank, total / 2, "the page is mostly white paper")
        XCTAssertGreaterThan(total - blank, total / 50, "and not blank: at least 2% of it is drawn")
        // The colours of the style sheet's kinds, as drawn for the day points, the month bar and the year bar.
        let colours: [(String, PNGImage.RGB, Int)] = [
            ("day points", PNGImage.RGB(red: 0xC0, green: 0x39, blue: 0x2B), 2 * 60),
            ("the month bar", PNGImage.RGB(red: 0x1F, green: 0x6F, blue: 0xB2), 100),
            ("the year bar", PNGImage.RGB(red: 0x7D, green: 0x3C, blue: 0x98), 1000),
            ("dark text", PNGImage.RGB(red: 0x1F, green: 0x23, blue: 0x28), 500),
        ]
        for (what, colour, atLeast) in colours {
            let count = image.count(near: colour, tolerance: 6)
            XCTAssertGreaterThan(count, atLeast, "\(what): \(count) pixels of \(colour)")
        }
    }

    func testTheDOMHoldsOneMarkPerEntryAfterTheScriptRan() throws {
        let entries = TimelineEntrySamples.mixed
        let dom = try chromium.dumpDOM(of: try writePage(entries))
        let regex = try NSRegularExpression(pattern: "<a [^>]*class=\"mark [^\"]*\"[^>]*>")
        let tags = regex.matches(in: dom, range: NSRange(dom.startIndex..., in: dom)).compactMap { Range($0.range, in: dom).map { String(dom[$0]) } }
        let ids = tags.compactMap { tag -> String? in
            guard let start = tag.range(of: "data-entry-id=\""), let end = tag[start.upperBound...].firstIndex(of: "\"") else { return nil }
            return String(tag[start.upperBound..<end])
        }
        XCTAssertEqual(ids.sorted(), entries.map(\.id).sorted(), dom)
        // The page's policy let its script run (its hash matches), and the script replaced the tooltips.
        XCTAssertTrue(dom.contains("data-interactive=\"ready\""), "the script did not run under the page's policy")
        XCTAssertTrue(tags.allSatisfy { $0.contains("aria-label=\"") })
        XCTAssertFalse(dom.contains("</title><circle") || dom.contains("</title><rect"))
    }

    func testAnEmptyTimelineRendersItsMessage() throws {
        let dom = try chromium.dumpDOM(of: try writePage([]))
        XCTAssertTrue(dom.contains("No entries: nothing dated names this actor."), dom)
        XCTAssertFalse(dom.contains("data-entry-id=\""))
    }
}
