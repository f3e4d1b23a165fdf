import Foundation
import Timelines
import XCTest
@testable import BrowserTestSupport
@testable import TimelineAPI

/// The browsable page in a real browser: headless Chromium loads it from the running server.
final class APIPageTests: XCTestCase {
    /// Runs blocking work (the browser) on a thread of its own, so the server's tasks go on.
    private func offPool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread { continuation.resume(with: Result { try work() }) }
        }
    }

    func testTheServedPagesWorkWithoutJavaScriptAndInTheBrowser() async throws {
        try await APIServer.with { server in
            try server.ingest(APIServer.articles)
            // Without a browser: the search goes straight to the one actor named, the forms are plain GET forms.
            let search = try await server.get("/?q=Lavrov")
            XCTAssertEqual(search.status, 303)
            XCTAssertEqual(search.headers.first(name: "location"), "/actors/sergey-lavrov")
            let home = try await server.get("/")
            XCTAssertTrue(home.body.contains("<form class=\"search\" method=\"get\" action=\"/\""), home.body)
            XCTAssertTrue(home.body.contains("href=\"/actors/sergey-lavrov\""), "the busiest actors are listed")
            let ambiguous = try await server.get("/?q=nobody-by-this-name")
            XCTAssertTrue(ambiguous.body.contains("No actor is known as"), ambiguous.body)
            let filtered = try await server.get("/actors/sergey-lavrov?from=2025-08-01&order=newest")
            XCTAssertEqual(filtered.status, 200)
            XCTAssertTrue(filtered.body.contains("from 2025-08-01"), "the filters are shown")
            let badFilter = try await server.get("/actors/sergey-lavrov?from=July")
            XCTAssertEqual(badFilter.status, 400)
            XCTAssertTrue(badFilter.body.contains("is not a date"), badFilter.body)
            let missing = try await server.get("/actors/nobody")
            XCTAssertEqual(missing.status, 404)

            guard let chromium = HeadlessChromium.find() else {
                throw XCTSkip("No browser: neither \(HeadlessChromium.names.joined(separator: " nor ")) is on PATH "
                              + "(Debian: apt-get install chromium fonts-noto-core; scripts/test installs them as root).")
            }
            let entries = try TimelineQueries(connection: server.connection).entries(actorID: "sergey-lavrov")
            let page = try XCTUnwrap(URL(string: server.base + "/actors/sergey-lavrov"))
            let dom = try await offPool { try chromium.dumpDOM(of: page) }
            for entry in entries {
                XCTAssertTrue(dom.contains("data-entry-id=\"\(entry.id)\""), "a mark for \(entry.id)")
                XCTAssertTrue(dom.contains("href=\"/entries/\(entry.id)\""), "a link to the explanation of \(entry.id)")
            }
            XCTAssertTrue(dom.contains("data-interactive=\"ready\""), "the page's script ran under its policy")
            XCTAssertTrue(dom.contains("<form class=\"filters\""))

            let explained = try XCTUnwrap(URL(string: server.base + "/entries/\(entries[0].id)"))
            let explanation = try await offPool { try chromium.dumpDOM(of: explained) }
            XCTAssertTrue(explanation.contains("<mark>\(entries[0].expression)</mark>"), explanation)
            XCTAssertTrue(explanation.contains("href=\"/actors/sergey-lavrov\""))

            let png = FileManager.default.temporaryDirectory.appendingPathComponent("served-\(UUID().uuidString).png")
            defer { try? FileManager.default.removeItem(at: png) }
            try await offPool { try chromium.screenshot(of: page, to: png, width: 1200, height: 800) }
            let image = try PNGImage(bytes: Array(try Data(contentsOf: png)))
            let paper = try XCTUnwrap(PNGImage.RGB(hex: "#ffffff"))
            let blank = image.count(near: paper, tolerance: 0)
            XCTAssertGreaterThan(image.pixels.count - blank, image.pixels.count / 50, "the page is drawn, not blank")
            let day = try XCTUnwrap(PNGImage.RGB(hex: "#c0392b"))
            XCTAssertGreaterThan(image.count(near: day, tolerance: 12), 20, "day marks in their colour on the time axis")
        }
    }
}
