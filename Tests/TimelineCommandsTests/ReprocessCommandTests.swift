import Foundation
import Postgres
import PostgresTestSupport
import Timelines
import XCTest
@testable import TimelineCommands

/// `timeline reprocess`: its help, its flags, and one run end to end through the executable.
final class ReprocessCommandTests: XCTestCase {
    func testHelpSaysWhatItDoesWhenToRunItAndShowsExamples() {
        // Lines are wrapped to the terminal: compare with single spaces.
        let help = TimelineCommand.helpMessage(for: ReprocessCommand.self).split(whereSeparator: \.isWhitespace)
            .joined(separator: " ")
        for text in ["EntriesRetracted", "EntriesAdded", "--as-of", "Run it after changing the gazetteer",
                     "--since <YYYY-MM-DD>", "--actor <NAME>", "--dry-run", "--force", "timeline reprocess --dry-run",
                     "timeline reprocess --since 2025-07-01", "running reprocess twice appends nothing"] {
            XCTAssertTrue(help.contains(text), "reprocess help lacks \(text):\n\(help)")
        }
        XCTAssertTrue(TimelineCommand.helpMessage().contains("reprocess"))
    }

    func testBadFlagsAreRefusedWithAClearMessage() {
        func message(_ arguments: [String]) -> String {
            do {
                _ = try TimelineCommand.parseAsRoot(arguments)
                return "parsed"
            } catch {
                return TimelineCommand.message(for: error)
            }
        }
        XCTAssertEqual(message(["reprocess", "--since", "last week"]),
                       "--since 'last week' is not a date; use YYYY-MM-DD, e.g. 2025-07-01.")
        XCTAssertEqual(message(["reprocess", "--actor", " "]), "--actor needs a name.")
        XCTAssertEqual(message(["reprocess", "--since", "2025-07-01", "--actor", "लावरोव", "--dry-run"]), "parsed")
    }

    func testAnActorAddedByCurationGetsItsEntriesAndTheOldTimelineStaysVisibleAsOfBefore() throws {
        let url = try TestDatabase.freshDatabaseURL()
        defer { try? TestDatabase.drop(url) }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("reprocess-\(UUID().uuidString).jsonl")
        defer { try? FileManager.default.removeItem(at: file) }
        try """
            {"url": "https://cli.test/anita", "title": "जल योजना", "published": "2025-07-16", "text": "Anita Deshmukh ने 3 जुलाई 2025 को नई जल योजना की घोषणा की।"}
            {"url": "https://cli.test/lavrov", "title": "बैठक", "published": "2025-07-15", "text": "सर्गेई लावरोव ने 8 जुलाई 2025 को पत्रकारों से बात की।"}
            """.write(to: file, atomically: true, encoding: .utf8)
        let ingest = try TimelineBinary.run(["ingest", "--database-url", url, file.path])
        XCTAssertEqual(ingest.status, 0, ingest.stderr)

        let connection = try PostgresConnection.connect(url)
        defer { connection.close() }
        let added = try XCTUnwrap(try ActorCurationEvent.decode(type: "ActorAdded", json: """
            {"actorID": "anita-deshmukh", "name": "अनिता देशमुख", "kind": "person", "latinName": "Anita Deshmukh", "aliases": []}
            """))
        try CurationLog(connection: connection).append(added, expectedVersion: 0)
        let head = try connection.query("SELECT max(position) AS p FROM events")[0].int64("p")

        let dry = try TimelineBinary.run(["reprocess", "--dry-run", "--database-url", url])
        XCTAssertEqual(dry.status, 0, dry.stderr)
        XCTAssertTrue(dry.stdout.contains("https://cli.test/anita (2025-07-16) \"जल योजना\", revision 1"), dry.stdout)
        XCTAssertTrue(dry.stdout.contains("  + "), dry.stdout)
        XCTAssertTrue(dry.stdout.contains("2025-07-03  3 जुलाई 2025  अनिता देशमुख"), dry.stdout)
        XCTAssertTrue(dry.stdout.contains("articles: 2 in the log, 2 examined (0 already current), 1 would change"), dry.stdout)
        XCTAssertTrue(dry.stdout.contains("dry run: nothing was appended"), dry.stdout)
        XCTAssertEqual(try connection.query("SELECT max(position) AS p FROM events")[0].int64("p"), head)

        let onlyLavrov = try TimelineBinary.run(["reprocess", "--actor", "लावरोव", "--database-url", url])
        XCTAssertEqual(onlyLavrov.status, 0, onlyLavrov.stderr)
        XCTAssertTrue(onlyLavrov.stdout.contains(", 0 changed"), onlyLavrov.stdout)

        // A moment after the ingest and before the reprocess, at the whole second the option takes.
        let before = try connection.query("SELECT to_char(date_trunc('second', clock_timestamp()) AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') AS t")[0].string("t")
        // The reprocess records its events in a later second: the database's clock has passed this one.
        while try connection.query("SELECT clock_timestamp() >= $1::timestamptz + interval '1 second' AS past", [.text(before)])[0].bool("past") == false {
            usleep(10_000)
        }
        let run = try TimelineBinary.run(["reprocess", "--database-url", url])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdout.contains("1 changed"), run.stdout)
        XCTAssertTrue(run.stdout.contains("entries: 0 retracted, 1 added (0 of them replacing a changed entry)"), run.stdout)
        XCTAssertTrue(run.stdout.contains("timelines:"), run.stdout)

        let now = try TimelineBinary.run(["actor", "--mentions", "अनिता देशमुख", "--format", "csv", "--database-url", url])
        XCTAssertEqual(now.status, 0, now.stderr)
        XCTAssertEqual(now.stdout.split(separator: "\n").count, 2, now.stdout)
        XCTAssertTrue(now.stdout.contains(",2025-07-03,day,"), now.stdout)
        let then = try TimelineBinary.run(["actor", "--mentions", "अनिता देशमुख", "--as-of", before, "--database-url", url])
        XCTAssertEqual(then.status, 0, then.stderr)
        XCTAssertTrue(then.stdout.contains("0 entries as known at \(before)"), then.stdout)

        let afterRun = try connection.query("SELECT max(position) AS p FROM events")[0].int64("p")
        let again = try TimelineBinary.run(["reprocess", "--force", "--database-url", url])
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertTrue(again.stdout.contains("2 examined (0 already current), 0 changed"), again.stdout)
        XCTAssertEqual(try connection.query("SELECT max(position) AS p FROM events")[0].int64("p"), afterRun)
    }
}
