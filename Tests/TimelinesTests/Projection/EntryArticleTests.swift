import EventStore
import Foundation
import HindiTemporal
import Postgres
import PostgresTestSupport
import XCTest
@testable import Timelines

/// Every timeline row carries its source article (title, link, publish date, source) as of the
/// revision the row was made from, so a timeline is read without an article lookup per entry.
final class EntryArticleTests: XCTestCase {
    private func articles(_ conn: PostgresConnection, table: String) throws -> [[String?]] {
        let sql = table == "history"
            ? "SELECT DISTINCT article_title, article_url, article_identifier, article_published::text, article_source FROM timeline_entry_history ORDER BY 1"
            : "SELECT DISTINCT article_title, article_url, article_identifier, article_published::text, article_source FROM timeline_entries ORDER BY 1"
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
                           [[title, "https://fixtures.test/pyongyang", "https://fixtures.test/pyongyang", "2025-07-13", "fixtures"]])
            let shown = try s.queries.entries(actorID: "sergey-lavrov")
            XCTAssertEqual(Set(shown.map(\.articleTitle)), [title])
            XCTAssertEqual(Set(shown.map(\.articleIdentifier)), ["https://fixtures.test/pyongyang"])

            var revised = TimelineFixtures.pyongyang
            revised.title = "लावरोव की यात्रा: संशोधित"
            revised.published = CalendarDay(iso: "2025-07-14")!
            revised.source = nil
            try s.ingestor.ingest([revised])
            try s.projection.catchUp()
            XCTAssertEqual(try articles(conn, table: "current"),
                           [[revised.title, "https://fixtures.test/pyongyang", "https://fixtures.test/pyongyang", "2025-07-14", ""]],
                           "an article without a source: empty, so the row is not taken for one written without it")
            XCTAssertEqual(try articles(conn, table: "history"),
                           [[title, "https://fixtures.test/pyongyang", "https://fixtures.test/pyongyang", "2025-07-13", "fixtures"]],
                           "rows taken away keep the article as it was")
            XCTAssertEqual(Set(try s.queries.entries(actorID: "sergey-lavrov").map(\.published)), ["2025-07-14"])
            for view in ["reporting.actor_timeline", "reporting.dated_events"] {
                let shown = try conn.query("SELECT DISTINCT article_title, published::text, source FROM \(view)").map(\.values)
                XCTAssertEqual(shown, [[revised.title, "2025-07-14", nil]], "\(view) reads the article from the rows")
            }
        }
    }

    func testRowsWrittenWithoutTheirArticleGetItFromTheArticleRow() throws {
        try TestDatabase.withFresh { conn, _ in
            try TimelineFixtures.migrate(conn)
            let s = try TimelineFixtures.session(conn)
            try s.ingestor.ingest([TimelineFixtures.pyongyang])
            try s.projection.catchUp()
            // What binaries that predate the article columns, or the source column, write: every other column.
            let filled = [TimelineFixtures.pyongyang.title, "https://fixtures.test/pyongyang", "https://fixtures.test/pyongyang",
                          "2025-07-13", "fixtures"]
            for (entryID, before) in [("0older0001", ", article_title"), ("0older0002", ", article_source")] {
                let older = EntryRow.columns.components(separatedBy: before)[0]
                let copied = older.replacingOccurrences(of: "entry_id,", with: "'\(entryID)',")
                try conn.query("INSERT INTO timeline_entries (\(older)) SELECT \(copied) FROM timeline_entries LIMIT 1")
                try conn.query("""
                    INSERT INTO timeline_entry_history (\(older), retracted_at, retracted_position, retraction)
                    SELECT \(copied), now(), 99, 'test' FROM timeline_entries LIMIT 1
                    """)
                for table in ["timeline_entries", "timeline_entry_history"] {
                    let rows = try conn.query("""
                        SELECT article_title, article_url, article_identifier, article_published::text, article_source FROM \(table)
                        WHERE entry_id = $1
                        """, [.text(entryID)])
                    XCTAssertEqual(rows.map(\.values), [filled], "\(table), columns before\(before)")
                }
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
            XCTAssertEqual(try articles(conn, table: "current"), [[nil, nil, nil, nil, nil]], "the row is stored, without an article")
            XCTAssertEqual(try s.queries.entries(actorID: "sergey-lavrov").count, 0, "and not shown without one")
        }
    }

    /// A database with timeline rows made before the rows carried their source gets it from the
    /// article rows when it is migrated.
    func testRowsStoredBeforeTheSourceColumnGetItWhenMigrated() throws {
        try TestDatabase.withFresh { conn, _ in
            let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("entry-source-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: scratch) }
            let files = try FileManager.default.contentsOfDirectory(atPath: TimelineFixtures.sqlDirectory.path)
            for file in files where file.hasSuffix(".sql") && file < "200" {
                try FileManager.default.copyItem(at: TimelineFixtures.sqlDirectory.appendingPathComponent(file),
                                                 to: scratch.appendingPathComponent(file))
            }
            _ = try Migrator(connection: conn, directory: scratch).migrate()
            // Rows as the projection wrote them before the source column: through the article columns.
            try conn.query("""
                INSERT INTO timeline_articles (stream_id, identifier, url, title, published, tags, revision, content_hash, position,
                                               recorded_at, source)
                VALUES ('s1', 'https://fixtures.test/s1', 'https://fixtures.test/s1', 'शीर्षक', '2025-07-13', '{}', 1, 'h', 1, now(), 'समाचार'),
                       ('s2', 'https://fixtures.test/s2', 'https://fixtures.test/s2', 'शीर्षक', '2025-07-13', '{}', 1, 'h', 2, now(), NULL)
                """)
            try conn.query("""
                INSERT INTO timeline_entries (entry_id, actor_id, actor_name, actor_kind, provisional, evidence, first_day, last_day,
                    granularity, value, expression, expression_start, expression_end, sentence, sentence_index, other_actor_ids,
                    other_actor_names, stream_id, revision, extractor_version, gazetteer_revision, position, recorded_at,
                    article_title, article_url, article_identifier, article_published)
                SELECT 'e' || s, 'sergey-lavrov', 'सर्गेई लावरोव', 'person', false, 'alias:x', '2025-07-12', '2025-07-12', 'day',
                       '2025-07-12', 'शनिवार', 0, 6, 'सर्गेई लावरोव ने शनिवार को बैठक की।', 0, '{}', '{}', s, 1, 'x', 'g', 1, now(),
                       'शीर्षक', 'https://fixtures.test/' || s, 'https://fixtures.test/' || s, '2025-07-13'
                FROM unnest(ARRAY['s1', 's2', 's3']) AS s
                """)
            try TimelineFixtures.migrate(conn)
            let rows = try conn.query("SELECT stream_id, article_source FROM timeline_entries ORDER BY stream_id").map(\.values)
            XCTAssertEqual(rows, [["s1", "समाचार"], ["s2", ""], ["s3", nil]], "the article's source, empty for none, NULL without an article row")
            let shown = try conn.query("SELECT stream_id, source FROM reporting.actor_timeline ORDER BY stream_id").map(\.values)
            XCTAssertEqual(shown, [["s1", "समाचार"], ["s2", nil], ["s3", nil]])
        }
    }
}
