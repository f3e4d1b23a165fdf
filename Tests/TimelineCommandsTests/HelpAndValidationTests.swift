import ArgumentParser
import PostgresTestSupport
import XCTest
@testable import TimelineCommands

/// Help teaches; bad flags get a message that says what is wrong and how to write it.
final class HelpAndValidationTests: XCTestCase {
    private func message(_ arguments: [String]) -> String { TimelineCommand.parseMessage(arguments) }

    func testRootHelpListsTheSubcommandsAndTheEmbeddedDefault() {
        let help = TimelineCommand.helpMessage()
        for name in ["demo", "ingest", "actor", "actors", "status", "projections"] {
            XCTAssertTrue(help.contains(name), "root help lacks \(name)")
        }
        XCTAssertTrue(help.contains("TIMELINE_HOME"))
    }

    func testIngestHelpShowsFormatsAndExamples() {
        let help = TimelineCommand.helpMessage(for: IngestCommand.self)
        XCTAssertTrue(help.contains("--published <YYYY-MM-DD>"))
        XCTAssertTrue(help.contains("timeline ingest articles.jsonl"))
        XCTAssertTrue(help.contains("RFC 3339"))
    }

    func testActorHelpShowsFiltersAndFormats() {
        let help = TimelineCommand.helpMessage(for: ActorCommand.self)
        for flag in ["--from <YYYY-MM-DD>", "--to <YYYY-MM-DD>", "--with <OTHER_ACTOR>", "--limit", "--format"] {
            XCTAssertTrue(help.contains(flag), "actor help lacks \(flag)")
        }
        XCTAssertTrue(help.contains("html (one page with a picture)"), help)
        for flag in ["--type <TYPES>", "--quad <1-4,...>", "--realis <REALIS>", "--role <ROLE>"] {
            XCTAssertTrue(help.contains(flag), "actor help lacks \(flag)")
        }
        XCTAssertTrue(help.contains("timeline actor \"Kim Jong Un\" --type consult,04 --realis actual"), help)
        XCTAssertTrue(help.contains("timeline actor लावरोव --format html > lavrov.html"), help)
        let parsed = try? TimelineCommand.parseAsRoot(["actor", "लावरोव", "--format", "html", "--with", "रूस", "--limit", "5"])
        let command = parsed as? ActorCommand
        XCTAssertEqual(command?.format, .html)
        XCTAssertEqual(command?.filtersUsed, [.init(name: "with", value: "रूस"), .init(name: "limit", value: "5")])
    }

    func testBadFlagsAreRefusedWithAClearMessage() {
        XCTAssertEqual(message(["actor", "लावरोव", "--from", "yesterday"]),
                       "--from 'yesterday' is not a date; use YYYY-MM-DD.")
        XCTAssertEqual(message(["actor", "लावरोव", "--from", "2025-07-10", "--to", "2025-07-01"]),
                       "--to 2025-07-01 is before --from 2025-07-10.")
        XCTAssertEqual(message(["actor", "लावरोव", "--limit", "0"]), "--limit must be at least 1.")
        XCTAssertTrue(message(["actor", "लावरोव", "--format", "xml"]).contains("xml"))
        XCTAssertEqual(message(["ingest"]), "Name at least one article file, or - for standard input.")
        XCTAssertEqual(message(["ingest", "a.txt", "--published", "13-07-2025"]),
                       "--published '13-07-2025' is not a date; use YYYY-MM-DD, e.g. 2025-07-13.")
        XCTAssertEqual(message(["explain", "k3v0-q8x2mu"]),
                       "'k3v0-q8x2mu' is not an entry id: 'u' is never part of an entry id. Entry ids are the first column of `timeline actor NAME`.")
        XCTAssertEqual(message(["explain", "K3V0-Q8X2MW"]), "parsed")
        XCTAssertEqual(message(["actor", "लावरोव"]), "parsed")
        XCTAssertTrue(message(["actor", "लावरोव", "--type", "meeting"]).hasPrefix("--type 'meeting' is no CAMEO root; use a code 01…20 or a label: statement, appeal,"))
        XCTAssertEqual(message(["actor", "लावरोव", "--quad", "5"]),
                       "--quad '5' is no quad class; use 1 (verbal cooperation), 2 (material cooperation), 3 (verbal conflict) or 4 (material conflict).")
        XCTAssertEqual(message(["actor", "लावरोव", "--realis", "maybe"]),
                       "--realis 'maybe' is not one of actual, planned, negated, hypothetical.")
        XCTAssertEqual(message(["actor", "लावरोव", "--role", "victim"]), "--role 'victim' is not one of source, target, other.")
        XCTAssertEqual(message(["actor", "लावरोव", "--type", "04,coerce", "--realis", "planned,Negated", "--role", "target"]), "parsed")
        XCTAssertEqual(message(["extract", "--published", "2025-07-13", "--events", "--format", "table"]),
                       "--events prints JSON Lines only; leave out --format.")
    }

    func testAnErrorFoundWhileRunningShowsThatSubcommandsUsage() throws {
        let url = try TestDatabase.freshDatabaseURL()
        defer { try? TestDatabase.drop(url) }
        let run = try TimelineBinary.run(["actor", "Nobody", "--database-url", url])
        XCTAssertEqual(run.status, 64, run.stderr)
        XCTAssertTrue(run.stderr.hasPrefix("Error: No actor is known as 'Nobody'."), run.stderr)
        XCTAssertFalse(run.stderr.contains("Did you mean"), "no name resembles 'Nobody': \(run.stderr)")
        XCTAssertTrue(run.stderr.contains("`timeline actors --all` lists them all"), run.stderr)
        XCTAssertTrue(run.stderr.contains("Usage: timeline actor "), run.stderr)
        XCTAssertTrue(run.stderr.contains("See 'timeline actor --help'"), run.stderr)
        XCTAssertFalse(run.stderr.contains("<subcommand>"), run.stderr)
        let curation = try TimelineBinary.run(["actors", "alias", "Nobody", "कोई", "--database-url", url])
        XCTAssertTrue(curation.stderr.contains("See 'timeline actors alias --help'"), curation.stderr)
    }
}
