import Daemon
import Foundation
import Postgres
import PostgresTestSupport
import XCTest

/// Puts a file into a watched spool as writers must: under a dot name, then renamed, so the daemon
/// never takes it half written.
private func drop(_ text: String, as name: String, in root: URL) throws {
    let temporary = root.appendingPathComponent(".\(name)")
    try Data(text.utf8).write(to: temporary)
    try FileManager.default.moveItem(at: temporary, to: root.appendingPathComponent(name))
}

/// Spool files that carry an item as A, then B, then A again beside a new item, with a daemon
/// restart in between: every version is recorded and no file is rejected.
final class SpoolRevisionTests: XCTestCase {
    private func waitForDone(_ name: String, in root: URL) async throws {
        try await DaemonHarness.waitUntil("\(name) moved to done/") {
            FileManager.default.fileExists(atPath: root.appendingPathComponent("done/\(name)").path)
        }
    }

    func testAnItemThatChangesBackAcrossFilesIsRecordedWithTheNewItemBesideIt() async throws {
        for format in ["jsonl", "xml"] {
            let root = FileManager.default.temporaryDirectory.appendingPathComponent("spool-\(UUID().uuidString)", isDirectory: true)
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: root) }
            func document(_ text: String, _ withNewcomer: Bool) -> String {
                format == "xml" ? ChangingItem.rss(text, withNewcomer: withNewcomer) : ChangingItem.jsonl(text, withNewcomer: withNewcomer)
            }
            var configuration = DaemonConfiguration()
            configuration.spool = DaemonConfiguration.Spool(directory: root, scanInterval: .milliseconds(100), batchArticles: 100)
            try await TestDatabase.withFresh { connection, url in
                try await DaemonHarness.with(configuration, databaseURL: url) { _ in
                    try drop(document(ChangingItem.textA, false), as: "01-a.\(format)", in: root)
                    try await waitForDone("01-a.\(format)", in: root)
                    try drop(document(ChangingItem.textB, false), as: "02-b.\(format)", in: root)
                    try await waitForDone("02-b.\(format)", in: root)
                }
                try await DaemonHarness.with(configuration, databaseURL: url) { _ in
                    try drop(document(ChangingItem.textA, true), as: "03-a-again.\(format)", in: root)
                    try await waitForDone("03-a-again.\(format)", in: root)
                }
                XCTAssertEqual(try ChangingItem.revisions(of: ChangingItem.identity, connection),
                               [ChangingItem.textA, ChangingItem.textB, ChangingItem.textA], format)
                XCTAssertEqual(try ChangingItem.revisions(of: ChangingItem.newcomer, connection), [ChangingItem.textNew], format)
                let rejected = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("rejected").path)
                XCTAssertEqual(rejected, [], format)
                let done = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("done").path).sorted()
                XCTAssertEqual(done, ["01-a.\(format)", "02-b.\(format)", "03-a-again.\(format)"], "no reasons: nothing was wrong")
                let spool = try XCTUnwrap(SpoolStateStore.all(connection).first)
                XCTAssertEqual(spool.filesDone, 3)
                XCTAssertEqual(spool.filesRejected, 0)
                XCTAssertEqual(spool.itemsIngested, 4)
            }
        }
    }
}

/// Spool items set aside as a feed's are: undated feed items and refused articles are
/// quarantined with their reasons, the rest of their file recorded, and `timeline status` counts them.
final class SpoolQuarantineTests: XCTestCase {
    func testUndatedAndRefusedItemsAreQuarantinedWhileTheirNeighboursAreRecorded() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("spool-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        var configuration = DaemonConfiguration()
        configuration.spool = DaemonConfiguration.Spool(directory: root, scanInterval: .milliseconds(100), batchArticles: 100)
        try await DaemonHarness.with(configuration) { harness in
            let huge = FeedDocuments.articleLine(id: "vishal", text: String(repeating: "नगर निगम की बैठक में देर तक चर्चा हुई। ", count: 12_000))
            let lines = [FeedDocuments.articleLine(id: "pehla"), huge, FeedDocuments.articleLine(id: "teesra")].joined(separator: "\n")
            try drop(lines, as: "01-mixed.jsonl", in: root)
            try drop(FeedDocuments.rss(prefix: "spool", count: 1), as: "02-feed.xml", in: root)
            try drop(FeedDocuments.rss(prefix: "khali", count: 0), as: "03-undated.xml", in: root)
            let connection = harness.connection
            try await DaemonHarness.waitUntil("three files moved to done/", timeout: .seconds(30)) {
                try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("done").path)
                    .filter { !$0.hasSuffix(".reason") }.count == 3
            }
            XCTAssertEqual(try DaemonHarness.articleCounts(connection).streams, 3, "pehla, teesra and the dated feed item")
            let quarantine = try FeedStateStore.quarantined(connection, feed: SpoolStateStore.quarantineFeed)
            XCTAssertEqual(Set(quarantine.map(\.itemIdentity)), ["vishal", "urn:test:spool-undated", "urn:test:khali-undated"])
            XCTAssertTrue(quarantine.first { $0.itemIdentity == "vishal" }?.reason.contains("01-mixed.jsonl") ?? false, "\(quarantine)")
            let mixedReason = try String(contentsOf: root.appendingPathComponent("done/01-mixed.jsonl.reason"), encoding: .utf8)
            XCTAssertTrue(mixedReason.contains("article 'vishal'") && mixedReason.contains("the limit is"), mixedReason)
            XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("rejected").path), [])

            let status = try DaemonProcess.command(["status", "--database-url", harness.url])
            XCTAssertTrue(status.output.contains("spool:       3 files done, 0 rejected, 3 items ingested, 3 items quarantined"), status.output)
            let listed = try DaemonProcess.command(["feeds", "--quarantine", "--database-url", harness.url])
            XCTAssertTrue(listed.output.contains("urn:test:khali-undated"), listed.output)
        }
    }
}
