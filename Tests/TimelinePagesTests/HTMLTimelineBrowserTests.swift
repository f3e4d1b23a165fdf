import Foundation
import Timelines
import XCTest
@testable import BrowserTestSupport
@testable import TimelinePages

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

    private func colour(_ name: String) throws -> PNGImage.RGB {
        try XCTUnwrap(HTMLTimelineStyle.colours[name].flatMap(PNGImage.RGB.init(hex:)), name)
    }

    func testTheScreenshotShowsEveryMarkWhereTheLayoutPutsIt() throws {
        let entries = TimelineEntrySamples.mixed
        let page = try writePage(entries)
        let png = dir.appendingPathComponent("timeline.png")
        try chromium.screenshot(of: page, to: png, width: 1200, height: 800)
        let image = try PNGImage(bytes: Array(try Data(contentsOf: png)))
        XCTAssertEqual(image.width, 1200)
        XCTAssertEqual(image.height, 800)

        let paper = try colour("paper")
        let blank = image.count(near: paper, tolerance: 0)
        XCTAssertGreaterThan(blank, image.pixels.count / 2, "the page is mostly paper")
        XCTAssertGreaterThan(image.pixels.count - blank, image.pixels.count / 50, "and not blank: at least 2% of it is drawn")
        XCTAssertGreaterThan(image.count(near: try colour("ink"), tolerance: 6), 500, "dark text")

        // The axis line is the row with the longest run of its colour; its ends are the plot's ends. From
        // them, where the picture stands on the screen and how much it is scaled.
        let muted = try colour("muted")
        var axisRow = 0, axisLeft = 0, axisRight = 0
        for y in 0..<image.height {
            let xs = (0..<image.width).filter { image.pixel(x: $0, y: y).distance(to: muted) <= 40 }
            if let first = xs.first, let last = xs.last, xs.count > axisRight - axisLeft, xs.count > image.width / 2 {
                (axisRow, axisLeft, axisRight) = (y, first, last)
            }
        }
        XCTAssertGreaterThan(axisRight - axisLeft, image.width / 2, "no axis line in the screenshot")
        let layout = HTMLTimelineLayout(entries: entries)
        let g = layout.geometry
        let scale = Double(axisRight - axisLeft) / (layout.plotRight - layout.plotLeft)
        func screen(_ x: Double, _ y: Double) -> (x: Int, y: Int) {
            (Int((Double(axisLeft) + (x - layout.plotLeft) * scale).rounded()), Int((Double(axisRow) + (y - g.axisY) * scale).rounded()))
        }

        for mark in layout.marks {
            let entry = entries[mark.entryIndex]
            let expected = try colour(HTMLTimeline.granularityClass(entry.granularity))
            let y = layout.laneCentre(mark.lane)
            // A point at its centre; a bar near both ends and in the middle.
            let spots = mark.isPoint ? [mark.x0] : [mark.x0 + 3, (mark.x0 + mark.x1) / 2, mark.x1 - 3]
            for spot in spots {
                let p = screen(spot, y)
                let near = (-1...1).flatMap { dy in (-1...1).map { dx in image.pixel(x: p.x + dx, y: p.y + dy) } }
                XCTAssertTrue(near.contains { $0.distance(to: expected) <= 12 },
                              "\(entry.value) (\(entry.granularity)) is not drawn at \(p): \(near.first.map { "\($0)" } ?? "")")
            }
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
