import EventStore
import Foundation
import HindiTemporal
import Postgres
import PostgresTestSupport
import XCTest
@testable import Timelines

/// Every timeline row carries its source article (title, link, publish date) as of the revision
/// the row was made from, so a timeline is read without an article lookup per entry.
final class EntryArticleTests: XCTestCase {
    private func articles(_ conn: PostgresConnection, table: String) throws -> [[String?]] {
        let sql = table == "history"
            ? "SELECT DISTINCT article_title, article_url, article_identifier, article_published::text FROM timeline_entry_history ORDER BY 1"
            : "SELECT DISTINCT article_title, article_url, article_identifier, article_published::text FROM timeline_entries ORDER BY 1"
        return try conn.query(sql).map(\.values)
    }

    func testRowsCarryTheirArticleAndARevisionsTitleReplacesIt() throws {
        try TestDatabase.withFresh { conn, _ in
            try TimelineFixtures.migrate(conn)
            let s = try TimelineFixtures.session(conn)
            try s.ingestor.ingest([TimelineFixtures.pyongyang])
            // Pages of one event: the extraction is applied in a later page than its article.
            try TimelineProjection(connection: conn, pageSize: 1).catchUp()
            let title = TimelineFixtures.pyongyang.title
            XCTAssertEqual(try articles(conn, table: "current"),
                           [[title, "https://fixtures.test/pyongyang", "https://fixtures.test/pyongyang", "2025-07-13"]])
            let shown = try s.queries.entries(actorID: "sergey-lavrov")
            XCTAssertEqual(Set(shown.map(\.articleTitle)), [title])
            XCTAssertEqual(Set(shown.map(\.articleIdentifier)), ["https://fixtures.test/pyongyang"])

            var revised = TimelineFixtures.pyongyang
            revised.title = "लावरोव की यात्रा: संशोधित"
            revised.published = CalendarDay(iso: "2025-07-14")!
            try s.ingestor.ingest([revised])
            try s.projection.catchUp()
            XCTAssertEqual(try articles(conn, table: "current"),
                           [[revised.title, "https://fixtures.test/pyongyang", "https://fixtures.test/pyongyang", "2025-07-14"]])
            XCTAssertEqual(try articles(conn, table: "history"),
                           [[title, "https://fixtures.test/pyongyang", "https://fixtures.test/pyongyang", "2025-07-13"]],
                           "rows taken away keep the article as it was")
            XCTAssertEqual(Set(try s.queries.entries(actorID: "sergey-lavrov").map(\.published)), ["2025-07-14"])
        }
    }

    func testRowsWrittenWithoutTheirArticleGetItFromTheArticleRow() throws {
        try TestDatabase.withFresh { conn, _ in
            try TimelineFixtures.migrate(conn)
            let s = try TimelineFixtures.session(conn)
            try s.ingestor.ingest([TimelineFixtures.pyongyang])
            try s.projection.catchUp()
            // What a binary that predates the article columns writes: every other column.
            let older = EntryRow.columns.components(separatedBy: ", article_title")[0]
            let copied = older.replacingOccurrences(of: "entry_id,", with: "'0older0001',")
            try conn.query("INSERT INTO timeline_entries (\(older)) SELECT \(copied) FROM timeline_entries LIMIT 1")
            try conn.query("""
                INSERT INTO timeline_entry_history (\(older), retracted_at, retracted_position, retraction)
                SELECT \(copied), now(), 99, 'test' FROM timeline_entries LIMIT 1
                """)
            let filled = [TimelineFixtures.pyongyang.title, "https://fixtures.test/pyongyang", "https://fixtures.test/pyongyang",
                          "2025-07-13"]
            for table in ["timeline_entries", "timeline_entry_history"] {
                let rows = try conn.query("""
                    SELECT article_title, article_url, article_identifier, article_published::text FROM \(table)
                    WHERE entry_id = '0older0001'
                    """)
                XCTAssertEqual(rows.map(\.values), [filled], table)
            }
        }
    }

    func testAnExtractionWithoutItsArticleIsKeptButNotShown() throws {
        try TestDatabase.withFresh { conn, _ in
            try TimelineFixtures.migrate(conn)
            let day = CalendarDay(iso: "2025-07-05")!
            let entry = DatedEntry(
                entryID: "0orphan001", sentenceIndex: 0, sentence: "सर्गेई लावरोव ने 5 जुलाई 2025 को मुलाकात की।",
                expression: .init(text: "5 जुलाई 2025", start: 17, end: 29, type: "DATE", value: "2025-07-05", granularity: "day",
                                  tense: "none", rule: "date.full", anchor: "explicit"),
                interval: DayInterval(first: day, last: day),
                actors: [.init(key: "sergey-lavrov", name: "सर्गेई लावरोव", kind: "person", provisional: false,
                               surface: "सर्गेई लावरोव", evidence: "alias:सर्गेई लावरोव")])
            let extracted = ArticleExtracted(streamID: "article-orphan", articleRevision: 1, entries: [entry], expressions: 1,
                                             unresolved: [], extractorVersion: "x1", gazetteerRevision: "g1")
            let data = String(decoding: try JSONEncoder().encode(extracted), as: UTF8.self)
            try EventLog(connection: conn).append(to: "article-orphan", [NewEvent(type: TimelineEventType.articleExtracted, data: data)],
                                                  expected: .noStream)
            let s = try TimelineFixtures.session(conn)
            try s.projection.catchUp()
            XCTAssertEqual(try s.projection.checkpoint(), try EventLog(connection: conn).headPosition(), "the projection went on")
            XCTAssertEqual(try articles(conn, table: "current"), [[nil, nil, nil, nil]], "the row is stored, without an article")
            XCTAssertEqual(try s.queries.entries(actorID: "sergey-lavrov").count, 0, "and not shown without one")
        }
    }
}
