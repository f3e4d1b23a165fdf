import Foundation
import PostgresTestSupport
import XCTest
@testable import TimelineCommands

/// `timeline actors add|alias|merge|rename|reject` and `timeline actor --as-of`, as people use them.
final class CurationCommandTests: XCTestCase {
    static let articles = """
        {"url": "https://cli.test/spokesman", "title": "टोक्यो यात्रा", "published": "2025-07-15", "text": "विदेश मंत्रालय के प्रवक्ता राजेश वर्मा ने सोमवार को कहा कि जयशंकर अगले सप्ताह टोक्यो जाएंगे।"}
        """

    func testActorsHelpTeachesEveryCurationAct() {
        let help = TimelineCommand.helpMessage(for: ActorsCommand.self)
        for word in ["list", "add", "alias", "merge", "rename", "reject", "actor-curation", "--as-of", "timeline actors --provisional"] {
            XCTAssertTrue(help.contains(word), "actors help lacks \(word)")
        }
        XCTAssertTrue(TimelineCommand.helpMessage(for: ActorsMergeCommand.self).contains("SOURCE's names become TARGET's"))
        XCTAssertTrue(TimelineCommand.helpMessage(for: ActorCommand.self).contains("--as-of <YYYY-MM-DD[THH:MM[:SS]][Z|±HH:MM]>"))
    }

    func testBadCurationFlagsAreRefusedBeforeConnecting() {
        func message(_ arguments: [String]) -> String {
            do { _ = try TimelineCommand.parseAsRoot(arguments); return "parsed" } catch { return TimelineCommand.message(for: error) }
        }
        XCTAssertEqual(message(["actors", "add", "वांग यी", "--id", "Wang Yi"]),
                       "--id 'Wang Yi' must be lowercase ASCII letters, digits and hyphens, e.g. wang-yi.")
        XCTAssertTrue(message(["actors", "add", "वांग यी", "--kind", "planet"]).contains("planet"))
        XCTAssertEqual(message(["actors", "alias", "लावरोव", " "]), "The alias must not be empty.")
        XCTAssertEqual(message(["actor", "--mentions", "लावरोव", "--as-of", "yesterday"]),
                       "--as-of 'yesterday' is not a moment; use e.g. 2025-07-01T12:00 (local time), 2025-07-01T12:00Z or 2025-07-01.")
        XCTAssertEqual(message(["actors", "--with-entries"]), "parsed", "listing stays the default")
    }

    func testProvisionalActorIsListedAddedAndTheTimelineAsOfBeforeStillShowsTheOldState() throws {
        let url = try TestDatabase.freshDatabaseURL()
        defer { try? TestDatabase.drop(url) }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("curation-\(UUID().uuidString).jsonl")
        try Self.articles.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }

        XCTAssertEqual(try TimelineBinary.run(["ingest", "--database-url", url, file.path]).status, 0)
        let provisional = try TimelineBinary.run(["actors", "--provisional", "--database-url", url])
        XCTAssertTrue(provisional.stdout.contains("राजेश वर्मा"), provisional.stdout)
        XCTAssertTrue(provisional.stdout.contains("role:प्रवक्ता"), provisional.stdout)
        XCTAssertTrue(provisional.stdout.contains("1 provisional actors"), provisional.stdout)
        Thread.sleep(forTimeInterval: 1.1)
        let before = ISO8601DateFormatter().string(from: Date())
        Thread.sleep(forTimeInterval: 1.1)

        let add = try TimelineBinary.run(["actors", "add", "राजेश वर्मा", "--latin", "Rajesh Verma", "--database-url", url])
        XCTAssertEqual(add.status, 0, add.stderr)
        XCTAssertTrue(add.stdout.hasPrefix("added राजेश वर्मा (rajesh-verma, person); 2 timeline rows re-attributed or withdrawn"),
                      add.stdout)
        let now = try TimelineBinary.run(["actor", "--mentions", "Rajesh Verma", "--database-url", url])
        XCTAssertTrue(now.stdout.hasPrefix("राजेश वर्मा (person) — 2 entries\n"), now.stdout + now.stderr)
        let then = try TimelineBinary.run(["actor", "--mentions", "राजेश वर्मा", "--as-of", before, "--database-url", url])
        XCTAssertTrue(then.stdout.hasPrefix("राजेश वर्मा (person) — 2 entries as known at \(before)"), then.stdout + then.stderr)
        let empty = try TimelineBinary.run(["actors", "--provisional", "--database-url", url])
        XCTAssertTrue(empty.stdout.contains("No provisional actors"), empty.stdout)

        let same = try TimelineBinary.run(["actors", "merge", "Rajesh Verma", "rajesh-verma", "--database-url", url])
        XCTAssertNotEqual(same.status, 0)
        XCTAssertTrue(same.stderr.contains("are already the same actor (rajesh-verma)"), same.stderr)
        let nearMiss = try TimelineBinary.run(["actors", "reject", "लावरोफ", "--database-url", url])
        XCTAssertNotEqual(nearMiss.status, 0)
        XCTAssertTrue(nearMiss.stderr.contains("Curation needs the exact name or id."), nearMiss.stderr)
        let taken = try TimelineBinary.run(["actors", "alias", "rajesh-verma", "लावरोव", "--database-url", url])
        XCTAssertTrue(taken.stderr.contains("'लावरोव' already names सर्गेई लावरोव (sergey-lavrov)"), taken.stderr)
    }
}
