import Foundation
import PostgresTestSupport
import XCTest

/// `timeline explain` as a person runs it: the id from `timeline actor` in any format, explained.
final class ExplainCommandTests: XCTestCase {
    static let articles = """
        {"url": "https://explain.test/1", "title": "टोक्यो वार्ता", "published": "2025-08-10", "text": "विदेश मंत्री एस जयशंकर ने शनिवार को टोक्यो में जापान के अधिकारियों से बातचीत की।"}
        """

    private func withDatabase(_ body: (String, URL) throws -> Void) throws {
        let url = try TestDatabase.freshDatabaseURL()
        defer { try? TestDatabase.drop(url) }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("explain-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try body(url, dir)
    }

    func testHelpDescribesTheCommandWithAnExample() throws {
        let help = try TimelineBinary.run(["explain", "--help"])
        XCTAssertEqual(help.status, 0, help.stderr)
        for text in ["USAGE: timeline explain", "<id>", "--format <format>", "timeline explain k3v0q8x2mw",
                     "timeline actor NAME", "⟦ ⟧", "(read as 1)"] {
            XCTAssertTrue(help.stdout.contains(text), "help lacks \(text):\n\(help.stdout)")
        }
        let root = try TimelineBinary.run(["--help"])
        XCTAssertTrue(root.stdout.contains("explain"), root.stdout)
    }

    func testUnknownAndMalformedIdsAreRefusedWithAClearMessage() throws {
        try withDatabase { url, _ in
            let unknown = try TimelineBinary.run(["explain", "ZZZZZZZZZZ", "--database-url", url])
            XCTAssertEqual(unknown.status, 1, unknown.stdout + unknown.stderr)
            XCTAssertEqual(unknown.stdout, "")
            XCTAssertTrue(unknown.stderr.contains(
                "No timeline entry has the id 'zzzzzzzzzz'. Find entry ids with `timeline actor NAME`"), unknown.stderr)

            let malformed = try TimelineBinary.run(["explain", "k3v0", "--database-url", url])
            XCTAssertNotEqual(malformed.status, 0)
            XCTAssertTrue(malformed.stderr.contains(
                "'k3v0' is not an entry id: entry ids have 10 characters, this has 4"), malformed.stderr)
        }
    }

    func testTheIdOfEveryActorFormatExplainsTheEntry() throws {
        try withDatabase { url, dir in
            let file = dir.appendingPathComponent("articles.jsonl")
            try Self.articles.write(to: file, atomically: true, encoding: .utf8)
            let ingest = try TimelineBinary.run(["ingest", "--database-url", url, file.path])
            XCTAssertEqual(ingest.status, 0, ingest.stderr)

            let json = try TimelineBinary.run(["actor", "--mentions", "जयशंकर", "--format", "json", "--database-url", url])
            let entries = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
            let id = try XCTUnwrap(entries.first?["id"] as? String, json.stdout)
            XCTAssertEqual(entries.count, 1)

            let csv = try TimelineBinary.run(["actor", "--mentions", "जयशंकर", "--format", "csv", "--database-url", url])
            XCTAssertEqual(csv.stdout.split(separator: "\n").last?.split(separator: ",").first.map(String.init), id, csv.stdout)
            let table = try TimelineBinary.run(["actor", "--mentions", "जयशंकर", "--database-url", url])
            XCTAssertTrue(table.stdout.contains(id), table.stdout)

            let text = try TimelineBinary.run(["explain", id.uppercased(), "--database-url", url])
            XCTAssertEqual(text.status, 0, text.stderr)
            let lines = text.stdout.split(separator: "\n").map(String.init)
            XCTAssertEqual(lines.first, "entry \(id) — on 2 timelines")
            XCTAssertTrue(lines.contains("sentence    विदेश मंत्री एस जयशंकर ने ⟦शनिवार⟧ को टोक्यो में जापान के अधिकारियों से बातचीत की।"),
                          text.stdout)
            XCTAssertTrue(lines.contains("anchor      dct — the publish date, 2025-08-10 (Sunday)"), text.stdout)
            XCTAssertTrue(lines.contains("places      “टोक्यो” → टोक्यो (tokyo)"), text.stdout)
            XCTAssertFalse(text.stdout.contains("\u{1B}"), "no terminal codes when standard output is a file")

            let asJSON = try TimelineBinary.run(["explain", id, "--format", "json", "--database-url", url])
            let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(asJSON.stdout.utf8)) as? [String: Any])
            XCTAssertEqual(object["entryID"] as? String, id)
            XCTAssertEqual((object["anchor"] as? [String: Any])?["label"] as? String, "dct")
            let places = try XCTUnwrap(object["places"] as? [[String: Any]], asJSON.stdout)
            XCTAssertEqual(places.map { $0["key"] as? String }, ["tokyo"])
            XCTAssertEqual(places.map { $0["name"] as? String }, ["टोक्यो"])
        }
    }
}
