import Daemon
import Foundation
import HTTPTestSupport
import Postgres
import PostgresTestSupport
import XCTest

/// A document that breaks after its good items (cut off in transit, or a channel element never
/// closed) still gives those items, over HTTP and in the spool, and says what was wrong where.
final class PartlyReadFeedTests: XCTestCase {
    /// Two dated items and then the end of the transfer: no `</channel></rss>`.
    static let cutOff = String(FeedDocuments.rss(prefix: "adhuri", count: 2, undated: false).dropLast("</channel></rss>".count))

    func testItemsBeforeTheBreakAreTakenAndTheProblemIsShown() async throws {
        XCTAssertFalse(Self.cutOff.hasSuffix("</rss>"))
        let server = try TestHTTPServer { request in
            .send(status: 200, headers: ["Content-Type": "application/rss+xml; charset=utf-8"], body: Array(Self.cutOff.utf8))
        }
        defer { server.stop() }
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("spool-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try Data(FeedDocuments.rss(prefix: "toota", count: 2, undated: false).replacingOccurrences(of: "</channel></rss>", with: "").utf8)
            .write(to: root.appendingPathComponent("toota.xml"))

        var configuration = DaemonConfiguration()
        configuration.feeds = [DaemonConfiguration.Feed(
            name: "adhuri", url: try XCTUnwrap(URL(string: server.base + "/adhuri.xml")), interval: .seconds(60),
            timeout: .seconds(2), maxBytes: 1 << 20)]
        configuration.spool = DaemonConfiguration.Spool(directory: root, scanInterval: .milliseconds(100), batchArticles: 100)
        try await DaemonHarness.with(configuration) { harness in
            let connection = harness.connection
            try await DaemonHarness.waitUntil("both documents taken") {
                try DaemonHarness.articleCounts(connection).streams == 4
                    && FileManager.default.fileExists(atPath: root.appendingPathComponent("done/toota.xml").path)
            }
            let state = try XCTUnwrap(FeedStateStore.row(feed: "adhuri", connection: connection))
            XCTAssertEqual(state.errors, 0)
            XCTAssertEqual(state.itemsIngested, 2)
            XCTAssertTrue(state.lastWarning?.contains("read in part") ?? false, "\(state)")
            XCTAssertTrue(state.lastWarning?.contains("line") ?? false, "\(state)")
            let reason = try String(contentsOf: root.appendingPathComponent("done/toota.xml.reason"), encoding: .utf8)
            XCTAssertTrue(reason.contains("read in part"), reason)
            let feeds = try DaemonProcess.command(["feeds", "--database-url", harness.url])
            XCTAssertTrue(feeds.output.contains("read in part"), feeds.output)
        }
    }
}
