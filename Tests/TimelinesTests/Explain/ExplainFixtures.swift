import EventStore
import Foundation
import HindiEvents
import Postgres
import XCTest
@testable import Timelines

/// Articles written for the explain tests, and what the log recorded for them.
enum ExplainFixtures {
    /// Sunday 2025-08-10: "शनिवार" is the day before, by the publish date.
    static let tokyo = TimelineFixtures.article("tokyo", published: "2025-08-10", text: """
        विदेश मंत्री एस जयशंकर ने शनिवार को टोक्यो में जापान के अधिकारियों से बातचीत की।
        """)

    /// A full date written out, then "अगले दिन" counted from it.
    static let kyiv = TimelineFixtures.article("kyiv", published: "2025-03-20", text: """
        14 मार्च 2025 को राष्ट्रपति वोलोदिमीर जेलेंस्की ने कीव में सैनिकों को संबोधित किया। \
        अगले दिन जेलेंस्की ने पोलैंड के नेताओं से मुलाकात की।
        """)

    /// A spokesman not in the gazetteer, named in full by a role word, then by his surname alone.
    static let council = TimelineFixtures.article("council", published: "2025-09-08", text: """
        नगर निगम के प्रवक्ता सुरेश भार्गव ने 2 सितंबर को नई सड़क का उद्घाटन किया। \
        भार्गव ने 5 सितंबर को बताया कि काम जल्द शुरू होगा।
        """)

    /// A painter known only from the feed's tag.
    static let exhibition = TimelineFixtures.article("exhibition", published: "2025-08-12", text: """
        अनीता सहगल ने रविवार को एक प्रदर्शनी का उद्घाटन किया।
        """, tags: ["अनीता सहगल"])

    static let all = [tokyo, kyiv, council, exhibition]

    /// A fresh database with the fixtures ingested and projected.
    static func ingested(_ conn: PostgresConnection) throws {
        try TimelineFixtures.migrate(conn)
        let s = try TimelineFixtures.session(conn)
        try s.ingestor.ingest(all)
        try s.projection.catchUp()
    }

    /// The id of the entry of `article` whose expression is `expression`.
    static func entryID(_ conn: PostgresConnection, _ article: Article, expression: String) throws -> String {
        let rows = try conn.query(
            "SELECT DISTINCT entry_id FROM timeline_entries WHERE stream_id = $1 AND expression = $2",
            [.text(article.streamID), .text(expression)])
        XCTAssertEqual(rows.count, 1, "one entry for “\(expression)” in \(article.identifier)")
        return try XCTUnwrap(rows.first).string("entry_id")
    }

    /// Log position and recording time (UTC, to the second) of an event, for the expected texts.
    struct Stamp {
        var position: Int64
        var time: String

        /// "#5" padded to `width`, as the events column aligns positions of different lengths.
        func tag(_ width: Int) -> String { "#\(position)".padding(toLength: width, withPad: " ", startingAt: 0) }
    }

    /// The `type` event of `stream` (the first of them).
    static func stamp(_ conn: PostgresConnection, _ stream: String, _ type: String) throws -> Stamp {
        let event = try XCTUnwrap(try EventLog(connection: conn).readStream(stream).first { $0.type == type },
                                  "\(type) in \(stream)")
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        let seconds = Date(timeIntervalSince1970: event.recordedAt.timeIntervalSince1970.rounded(.down))
        return Stamp(position: event.position, time: formatter.string(from: seconds))
    }

    /// The line of the shipped predicate lexicon that holds `form` (explanations name it).
    static func lexiconLine(_ form: String) -> Int {
        PredicateLexicon.shipped.entry(for: form)?.line ?? 0
    }

    static func gazetteerRevision(_ conn: PostgresConnection) throws -> String {
        try XCTUnwrap(try GazetteerStore(connection: conn).storedRevision())
    }

    /// Compares the whole text, and on a mismatch names the first line that differs.
    static func assertExplanation(_ conn: PostgresConnection, _ id: String, _ expected: String,
                                   file: StaticString = #filePath, line: UInt = #line) throws {
        let explanation = try EntryExplainer(connection: conn).explain(id)
        let text = EntryExplanationText.render(explanation)
        if text != expected {
            let got = text.components(separatedBy: "\n"), want = expected.components(separatedBy: "\n")
            let index = Array(zip(got, want)).firstIndex { $0 != $1 } ?? min(got.count, want.count)
            XCTFail("""
                explanation differs at line \(index + 1):
                  got:  \(index < got.count ? got[index] : "(end)")
                  want: \(index < want.count ? want[index] : "(end)")
                whole text:
                \(text)
                """, file: file, line: line)
        }
        XCTAssertFalse(text.contains("\u{1B}"), "plain text has no terminal codes", file: file, line: line)
    }
}
