import Foundation
import Postgres
import PostgresTestSupport
import XCTest

/// The `timeline` executable against a real PostgreSQL: ingest, actor, actors, status.
final class CLIEndToEndTests: XCTestCase {
    static let articles = """
        {"url": "https://cli.test/1", "title": "प्योंगयांग में बैठक", "published": "2025-07-13T10:00:00+05:30", "text": "रूस के विदेश मंत्री सर्गेई लावरोव ने शनिवार को प्योंगयांग में किम जोंग उन से मुलाकात की। लावरोव ने कहा कि जून में दोनों देशों ने एक समझौता किया था।"}
        {"url": "https://cli.test/2", "title": "बीजिंग यात्रा", "published": "2025-07-14", "text": "लावरोव अगले महीने बीजिंग जाएंगे।"}
        {"url": "https://cli.test/3", "title": "बिना तारीख", "text": "इसमें प्रकाशन तिथि नहीं है।"}
        """

    private func withDatabase(_ body: (String, URL) throws -> Void) throws {
        let url = try TestDatabase.freshDatabaseURL()
        defer { try? TestDatabase.drop(url) }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try body(url, dir)
    }

    func testIngestThenActorInEveryFormat() throws {
        try withDatabase { url, dir in
            let file = dir.appendingPathComponent("articles.jsonl")
            try Self.articles.write(to: file, atomically: true, encoding: .utf8)

            let ingest = try TimelineBinary.run(["ingest", "--database-url", url, file.path])
            XCTAssertEqual(ingest.status, 1, "one article had no date: exit 1 after ingesting the rest")
            XCTAssertTrue(ingest.stdout.contains("articles: 2 new, 0 revised, 0 unchanged"), ingest.stdout + ingest.stderr)
            XCTAssertTrue(ingest.stderr.contains("\(file.path):3 field 'published': is missing"), ingest.stderr)

            let again = try TimelineBinary.run(["ingest", "--database-url", url, file.path])
            XCTAssertTrue(again.stdout.contains("articles: 0 new, 0 revised, 2 unchanged"), again.stdout)

            // A near miss of the name still finds the actor.
            let json = try TimelineBinary.run(["actor", "--mentions", "लावरोफ", "--format", "json", "--database-url", url])
            XCTAssertEqual(json.status, 0, json.stderr)
            let entries = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
            XCTAssertEqual(entries.compactMap { $0["value"] as? String }, ["2025-06", "2025-07-12", "2025-08"])
            XCTAssertTrue(entries.allSatisfy { ($0["id"] as? String)?.count == 10 })
            XCTAssertEqual(entries.map { $0["places"] as? [String] }, [[], ["रूस", "प्योंगयांग"], ["बीजिंग"]],
                           "the sentences say where; the cities are no actors")

            let csv = try TimelineBinary.run(["actor", "--mentions", "Sergey Lavrov", "--format", "csv", "--with", "किम जोंग उन", "--database-url", url])
            let lines = csv.stdout.split(separator: "\n")
            XCTAssertEqual(lines.first, "id,actor,value,granularity,first_day,last_day,expression,sentence,other_actors,article_title,article_url,published,places,trigger,cameo,quad,realis,role")
            XCTAssertEqual(lines.count, 2, csv.stdout + csv.stderr)
            XCTAssertTrue(lines.last?.contains(",2025-07-12,day,2025-07-12,2025-07-12,शनिवार,") ?? false, csv.stdout)
            XCTAssertTrue(lines.last?.hasSuffix(",https://cli.test/1,2025-07-13,रूस; प्योंगयांग,मुलाकात,04,1,actual,source") ?? false, csv.stdout)

            let html = try TimelineBinary.run(["actor", "--mentions", "लावरोव", "--format", "html", "--from", "2025-07-01", "--database-url", url])
            XCTAssertEqual(html.status, 0, html.stderr)
            XCTAssertTrue(html.stdout.hasPrefix("<!DOCTYPE html>") && html.stdout.hasSuffix("</html>\n"))
            XCTAssertTrue(html.stdout.contains("<p class=\"filters\">Filters: from 2025-07-01</p>"), html.stdout)
            XCTAssertTrue(html.stdout.contains("<strong>2</strong> entries"), html.stdout)
            XCTAssertEqual(html.stdout.components(separatedBy: "<a class=\"mark ").count - 1, 2)
            XCTAssertTrue(html.stdout.contains("<a class=\"mark mark-day point realis-actual\""), html.stdout)
            XCTAssertTrue(html.stdout.contains("<a class=\"mark mark-month bar realis-planned\""), html.stdout)
            XCTAssertTrue(html.stdout.contains("planned, negated or hypothetical (hollow)"), "the legend names the hollow marks")

            let ambiguous = try TimelineBinary.run(["actor", "--mentions", "किम", "--database-url", url])
            XCTAssertNotEqual(ambiguous.status, 0)
            XCTAssertTrue(ambiguous.stderr.contains("'किम' could be several actors:"), ambiguous.stderr)
            XCTAssertTrue(ambiguous.stderr.contains("किम जोंग उन"), ambiguous.stderr)

            let table = try TimelineBinary.run(["actor", "--mentions", "लावरोव", "--database-url", url])
            XCTAssertTrue(table.stdout.contains("3 entries"), table.stdout)
            XCTAssertTrue(table.stdout.contains("2025-07-12"))
            let header = table.stdout.split(separator: "\n").dropFirst().first.map { $0.split(separator: " ") }
            XCTAssertEqual(header, ["id", "date", "event", "sentence", "with", "where", "source"], table.stdout)
            XCTAssertTrue(table.stdout.contains("consult: मुलाकात (source)"), table.stdout)
            XCTAssertTrue(table.stdout.contains("— [planned] (source)"), "a plan with no known event word: " + table.stdout)
            XCTAssertTrue(table.stdout.contains("प्योंगयांग  "), table.stdout)

            // What happened, as filters.
            func values(_ arguments: [String]) throws -> [String] {
                let run = try TimelineBinary.run(["actor", "--mentions", "लावरोव", "--format", "json", "--database-url", url] + arguments)
                XCTAssertEqual(run.status, 0, run.stderr)
                let rows = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
                return rows.compactMap { $0["value"] as? String }
            }
            XCTAssertEqual(try values(["--type", "consult"]), ["2025-07-12"])
            XCTAssertEqual(try values(["--type", "04,05"]), ["2025-06", "2025-07-12"])
            XCTAssertEqual(try values(["--quad", "1"]), ["2025-06", "2025-07-12"])
            XCTAssertEqual(try values(["--realis", "planned"]), ["2025-08"])
            XCTAssertEqual(try values(["--role", "source", "--realis", "actual"]), ["2025-07-12"])
            XCTAssertEqual(entries.map { $0["realis"] as? String }, ["actual", "actual", "planned"])
            XCTAssertEqual(entries.map { $0["cameo"] as? String }, ["05", "04", nil])

            let unknown = try TimelineBinary.run(["actor", "--mentions", "कोई अनजान व्यक्ति", "--database-url", url])
            XCTAssertNotEqual(unknown.status, 0)
            XCTAssertTrue(unknown.stderr.contains("No actor is known as 'कोई अनजान व्यक्ति'"), unknown.stderr)

            let status = try TimelineBinary.run(["status", "--database-url", url])
            XCTAssertTrue(status.stdout.contains("lag 0 events"), status.stdout)

            let actors = try TimelineBinary.run(["actors", "--with-entries", "--format", "csv", "--database-url", url])
            XCTAssertTrue(actors.stdout.contains("sergey-lavrov,"), actors.stdout)
        }
    }

    func testHelpOfACommandGroupPrintsHelpAndSucceeds() throws {
        let help = try TimelineBinary.run(["bench", "--help"])
        XCTAssertEqual(help.status, 0, help.stderr)
        for name in ["extract", "eventlog", "ingest", "query"] { XCTAssertTrue(help.stdout.contains(name), help.stdout) }
        let sub = try TimelineBinary.run(["projections", "rebuild", "--help"])
        XCTAssertEqual(sub.status, 0, sub.stderr)
        XCTAssertTrue(sub.stdout.contains("--database-url"), sub.stdout)
    }

    func testMissingFileIsNamed() throws {
        try withDatabase { url, _ in
            let out = try TimelineBinary.run(["ingest", "--database-url", url, "/nonexistent/articles.jsonl"])
            XCTAssertNotEqual(out.status, 0)
            XCTAssertTrue(out.stderr.contains("/nonexistent/articles.jsonl: no such file"), out.stderr)
        }
    }

    /// The projection killed with SIGKILL at points it is seen to reach, then run to the end, equals a rebuild.
    func testProjectionKilledRepeatedlyLosesAndDoublesNothing() throws {
        try withDatabase { url, dir in
            var lines: [String] = []
            for i in 0..<150 {
                lines.append(#"{"id": "kill-\#(i)", "title": "t", "published": "2025-07-13", "text": "सर्गेई लावरोव ने शनिवार को बैठक \#(i) में हिस्सा लिया। किम जोंग उन ने जून में दौरा किया था।"}"#)
            }
            let file = dir.appendingPathComponent("many.jsonl")
            try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
            let ingest = try TimelineBinary.run(["ingest", "--no-project", "--database-url", url, file.path])
            XCTAssertEqual(ingest.status, 0, ingest.stderr)

            let connection = try PostgresConnection.connect(url)
            defer { connection.close() }
            let total = try connection.query("SELECT count(*) AS n FROM events")[0].int64("n")
            /// Events up to the projection's checkpoint.
            func applied() throws -> Int64 {
                try connection.query("""
                    SELECT count(*) AS n FROM events
                    WHERE position <= (SELECT coalesce(max(position), 0) FROM projection_checkpoints WHERE projection = 'actor_timelines')
                    """)[0].int64("n")
            }
            // Each page of 7 events is one transaction that starts by locking its checkpoint row, so it
            // waits at a gate the test holds on the checkpoints table; a turn of the gate lets one page
            // through. A run is killed after `pages` pages, either while its next page waits at the gate
            // or at once, while it goes on to the next page. The gate is shut by then: nothing further
            // commits, and the kill lands with work left.
            let killPoints: [(pages: Int, waitingAtTheGate: Bool)] = [(0, true), (3, true), (1, false), (5, true), (2, false), (4, true)]
            let gate = try LockGate(url: url, table: "projection_checkpoints")
            var pagesLetThrough = 0
            for (index, point) in killPoints.enumerated() {
                let running = try TimelineBinary.start(["projections", "run", "--page-size", "7", "--database-url", url])
                do {
                    try gate.waitForWaiters()
                    for page in 0..<point.pages {
                        try gate.letThrough()
                        pagesLetThrough += 1
                        if page < point.pages - 1 || point.waitingAtTheGate { try gate.waitForWaiters() }
                    }
                } catch {
                    kill(running.process.processIdentifier, SIGKILL)
                    running.process.waitUntilExit()
                    XCTFail("kill \(index + 1): \(error)\n\(running.output().stderr)")
                    throw error
                }
                kill(running.process.processIdentifier, SIGKILL)
                running.process.waitUntilExit()
                _ = running.output()
                // The run is dead and pages wait at the gate: the checkpoint is where the kill left it.
                XCTAssertEqual(running.process.terminationReason, .uncaughtSignal, "kill \(index + 1) found the run still at work")
                XCTAssertEqual(try applied(), Int64(pagesLetThrough * 7), "kill \(index + 1): exactly the pages let through are applied")
                XCTAssertLessThan(try applied(), total, "kill \(index + 1) interrupted the projection")
                // The killed run's page waiting at the gate is rolled back when it opens, and its session ends.
                try gate.open()
                try gate.waitForOtherSessionsToEnd(besides: [connection])
                if index < killPoints.count - 1 { try gate.shut() }
            }
            let finish = try TimelineBinary.run(["projections", "run", "--database-url", url])
            XCTAssertEqual(finish.status, 0, finish.stderr)
            let afterKills = try TimelineBinary.run(["actor", "--mentions", "लावरोव", "--format", "csv", "--database-url", url]).stdout
            XCTAssertEqual(afterKills.split(separator: "\n").count, 151, "one entry per article, none doubled")

            let rebuild = try TimelineBinary.run(["projections", "rebuild", "--database-url", url])
            XCTAssertEqual(rebuild.status, 0, rebuild.stderr)
            let afterRebuild = try TimelineBinary.run(["actor", "--mentions", "लावरोव", "--format", "csv", "--database-url", url]).stdout
            XCTAssertEqual(afterKills, afterRebuild)
        }
    }
}
