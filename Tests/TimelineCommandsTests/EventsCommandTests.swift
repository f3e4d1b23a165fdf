import Foundation
import PostgresTestSupport
import XCTest
@testable import TimelineCommands

/// `timeline events`, `events split|merge`, `explain EVENT_ID` and the event rows of
/// `timeline actor`, as people use them, on articles written for these tests.
final class EventsCommandTests: XCTestCase {
    /// One meeting in three outlets (one a reprint), and a second meeting five days later.
    static let articles = """
        {"url": "https://alpha.test/1", "source": "alpha", "title": "प्योंगयांग में मुलाकात", "published": "2025-07-13", "text": "रूस के विदेश मंत्री सर्गेई लावरोव ने शनिवार को प्योंगयांग में किम जोंग उन से मुलाकात की और दोनों देशों के रिश्तों पर लंबी चर्चा की। बैठक करीब तीन घंटे चली और इसमें व्यापार, ऊर्जा और सुरक्षा से जुड़े कई मुद्दों पर बात हुई।"}
        {"url": "https://beta.test/7", "source": "beta", "title": "किम-लावरोव वार्ता", "published": "2025-07-13", "text": "रूस के विदेश मंत्री सर्गेई लावरोव ने शनिवार को प्योंगयांग में किम जोंग उन से मुलाकात की और दोनों देशों के रिश्तों पर लंबी चर्चा की। बैठक करीब तीन घंटे चली और इसमें व्यापार, ऊर्जा और सुरक्षा से जुड़े कई मुद्दों पर बात हुई। (एजेंसी इनपुट के साथ)"}
        {"url": "https://gamma.test/a", "source": "gamma", "title": "किम से मिले लावरोव", "published": "2025-07-13", "text": "उत्तर कोरियाई नेता किम जोंग उन और रूसी विदेश मंत्री लावरोव की शनिवार को प्योंगयांग में मुलाकात हुई।"}
        {"url": "https://gamma.test/b", "source": "gamma", "title": "वोनसान में फिर मुलाकात", "published": "2025-07-18", "text": "किम जोंग उन ने गुरुवार को वोनसान में लावरोव से दोबारा मुलाकात की।"}
        """

    func testEventsHelpTeachesListingSplittingAndMerging() {
        let help = TimelineCommand.helpMessage(for: EventsCommand.self)
        for word in ["list", "split", "merge", "event-curation", "reprint", "timeline explain ID", "--actor"] {
            XCTAssertTrue(help.contains(word), "events help lacks \(word)")
        }
        XCTAssertTrue(TimelineCommand.helpMessage(for: EventsSplitCommand.self).contains("--mention <ENTRY_ID>"))
        XCTAssertTrue(TimelineCommand.helpMessage(for: ActorCommand.self).contains("--mentions"))
        XCTAssertTrue(TimelineCommand.helpMessage(for: ExplainCommand.self).contains("ev4k0m9x2a7p"))
    }

    func testBadEventFlagsAreRefusedBeforeConnecting() {
        func message(_ arguments: [String]) -> String {
            do { _ = try TimelineCommand.parseAsRoot(arguments); return "parsed" } catch { return TimelineCommand.message(for: error) }
        }
        XCTAssertEqual(message(["events", "--from", "July"]), "--from 'July' is not a date; use YYYY-MM-DD.")
        XCTAssertEqual(message(["events", "--from", "2025-07-10", "--to", "2025-07-01"]), "--to 2025-07-01 is before --from 2025-07-10.")
        XCTAssertEqual(message(["events", "split", "ev4k0m9x2a7p"]), "Name the reports to move with --mention ENTRY_ID.")
        XCTAssertEqual(message(["explain", "ev4k0m9x2a7p"]), "parsed", "an event id is a valid id for explain")
    }

    func testEventsListsEachHappeningOnceAndCuratorsCanSplitAndMerge() throws {
        let url = try TestDatabase.freshDatabaseURL()
        defer { try? TestDatabase.drop(url) }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("events-\(UUID().uuidString).jsonl")
        try Self.articles.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        XCTAssertEqual(try TimelineBinary.run(["ingest", "--database-url", url, file.path]).status, 0)

        let table = try TimelineBinary.run(["events", "--actor", "Kim Jong Un", "--database-url", url])
        XCTAssertEqual(table.status, 0, table.stderr)
        XCTAssertTrue(table.stdout.hasPrefix("2 events"), table.stdout)
        XCTAssertTrue(table.stdout.contains("consult (04)"), table.stdout)

        let jsonl = try TimelineBinary.run(["events", "--actor", "किम जोंग उन", "--format", "jsonl", "--database-url", url])
        let events = try jsonl.stdout.split(separator: "\n").map {
            try XCTUnwrap(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        XCTAssertEqual(events.map { $0["value"] as? String }, ["2025-07-12", "2025-07-17"])
        let saturday = events[0]
        XCTAssertEqual(saturday["mentions"] as? Int, 3)
        XCTAssertEqual(saturday["articles"] as? Int, 3)
        XCTAssertEqual(saturday["sources"] as? Int, 3)
        XCTAssertEqual(saturday["realis"] as? String, "actual")
        let reports = try XCTUnwrap(saturday["reports"] as? [[String: Any]])
        XCTAssertEqual(Set(reports.compactMap { $0["article"] as? String }),
                       ["https://alpha.test/1", "https://beta.test/7", "https://gamma.test/a"])
        let expression = try XCTUnwrap(reports[0]["expression"] as? [String: Any])
        XCTAssertEqual(expression["text"] as? String, "शनिवार")
        XCTAssertEqual(expression["start"] as? Int, 37, "scalar offset in the article as ingested")
        XCTAssertTrue(reports.contains { ($0["joined_by"] as? String)?.hasPrefix("reprint of") == true })

        let csv = try TimelineBinary.run(["events", "--format", "csv", "--database-url", url])
        XCTAssertTrue(csv.stdout.hasPrefix("id,value,granularity,first_day,last_day,cameo,type,realis,actors,mentions,articles,sources"), csv.stdout)

        // The actor's timeline: one row per event by default, every report with --mentions.
        let actorJSON = try TimelineBinary.run(["actor", "किम जोंग उन", "--format", "json", "--database-url", url])
        let rows = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(actorJSON.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(rows.count, 2)
        XCTAssertEqual(rows[0]["sources"] as? Int, 3)
        XCTAssertEqual(rows[0]["event"] as? String, saturday["id"] as? String)
        let perMention = try TimelineBinary.run(["actor", "किम जोंग उन", "--mentions", "--database-url", url])
        XCTAssertTrue(perMention.stdout.contains("— 4 entries"), perMention.stdout)
        let perEvent = try TimelineBinary.run(["actor", "किम जोंग उन", "--database-url", url])
        XCTAssertTrue(perEvent.stdout.contains("— 2 events"), perEvent.stdout)
        XCTAssertTrue(perEvent.stdout.contains("3: alpha, beta, gamma"), perEvent.stdout)

        // Explain the event: every report and why it joined.
        let eventID = try XCTUnwrap(saturday["id"] as? String)
        let explained = try TimelineBinary.run(["explain", eventID, "--database-url", url])
        XCTAssertEqual(explained.status, 0, explained.stderr)
        XCTAssertTrue(explained.stdout.contains("3 reports in 3 articles from 3 sources"), explained.stdout)
        XCTAssertTrue(explained.stdout.contains("⟦शनिवार⟧"), explained.stdout)
        XCTAssertTrue(explained.stdout.contains("joined: shared actors"), explained.stdout)

        // Split gamma's report off; then merge Thursday's meeting into it.
        let gamma = try XCTUnwrap(reports.first { $0["article"] as? String == "https://gamma.test/a" }?["entry"] as? String)
        let split = try TimelineBinary.run(["events", "split", eventID, "--mention", gamma, "--database-url", url])
        XCTAssertEqual(split.status, 0, split.stderr)
        XCTAssertTrue(split.stdout.hasPrefix("split 1 of 3 reports of \(eventID) into ev"), split.stdout)
        let newID = String(split.stdout.split(separator: " ")[8])
        let unknown = try TimelineBinary.run(["events", "split", eventID, "--mention", gamma, "--database-url", url])
        XCTAssertNotEqual(unknown.status, 0)
        XCTAssertTrue(unknown.stderr.contains("is not a report of event \(eventID)"), unknown.stderr)
        let thursday = try XCTUnwrap(events[1]["id"] as? String)
        let merged = try TimelineBinary.run(["events", "merge", newID, thursday, "--database-url", url])
        XCTAssertEqual(merged.status, 0, merged.stderr)
        let after = try TimelineBinary.run(["events", "--actor", "Kim Jong Un", "--format", "csv", "--database-url", url])
        XCTAssertTrue(after.stdout.contains("2025-07-12/2025-07-17,spread"), after.stdout)

        // Both acts survive a rebuild.
        XCTAssertEqual(try TimelineBinary.run(["projections", "rebuild", "--database-url", url]).status, 0)
        XCTAssertEqual(try TimelineBinary.run(["events", "--actor", "Kim Jong Un", "--format", "csv", "--database-url", url]).stdout,
                       after.stdout)
        let missing = try TimelineBinary.run(["explain", "evzzzzzzzzzz", "--database-url", url])
        XCTAssertNotEqual(missing.status, 0)
        XCTAssertTrue(missing.stderr.contains("No event has the id 'evzzzzzzzzzz'"), missing.stderr)
    }
}
