import Foundation
import EventStore
import Postgres
import PostgresTestSupport
import XCTest
@testable import Timelines

/// Articles in, timelines out, against a real PostgreSQL.
final class TimelineEndToEndTests: XCTestCase {
    func testIngestBuildsTheActorTimelineEntryByEntry() throws {
        try TestDatabase.withFresh { conn, _ in
            try TimelineFixtures.migrate(conn)
            let s = try TimelineFixtures.session(conn)
            let report = try s.ingestor.ingest([TimelineFixtures.pyongyang, TimelineFixtures.beijing])
            XCTAssertEqual(report.new, 2)
            XCTAssertEqual(report.unchanged, 0)
            try s.projection.catchUp()

            let entries = try s.queries.entries(actorID: "sergey-lavrov")
            // June (a month) sorts before the Saturday in July; next month (August) comes last.
            XCTAssertEqual(entries.map(\.value), ["2025-06", "2025-07-12", "2025-08"])
            XCTAssertEqual(entries.map(\.granularity), ["month", "day", "month"])
            XCTAssertEqual(entries.map(\.expression), ["जून", "शनिवार", "अगले महीने"])
            XCTAssertEqual(entries[0].firstDay, "2025-06-01")
            XCTAssertEqual(entries[0].lastDay, "2025-06-30")
            XCTAssertTrue(entries[1].sentence.contains("किम जोंग उन से मुलाकात"))
            XCTAssertTrue(entries[1].otherActorIDs.contains("kim-jong-un"), "\(entries[1].otherActorIDs)")
            XCTAssertEqual(entries[1].articleURL, "https://fixtures.test/pyongyang")
            XCTAssertEqual(entries[1].published, "2025-07-13")
            XCTAssertTrue(entries[0].evidence.hasPrefix("short-form:") || entries[0].evidence.hasPrefix("alias:"))

            // The duration "तीन दिन" makes no entry for anyone.
            let durations = try conn.query("SELECT count(*) AS n FROM timeline_entries WHERE expression = $1", ["तीन दिन"])
            XCTAssertEqual(try durations[0].int64("n"), 0)

            let kim = try s.queries.entries(actorID: "kim-jong-un")
            XCTAssertEqual(kim.map(\.value), ["2025-07-12"])
            XCTAssertEqual(kim.first?.id, entries[1].id, "one dated event, one id, on every actor's timeline")

            // Filters.
            XCTAssertEqual(try s.queries.entries(actorID: "sergey-lavrov", filter: .init(from: .init(iso: "2025-07-01"))).map(\.value),
                           ["2025-07-12", "2025-08"])
            XCTAssertEqual(try s.queries.entries(actorID: "sergey-lavrov", filter: .init(withActor: "kim-jong-un")).map(\.value),
                           ["2025-07-12"])
            XCTAssertEqual(try s.queries.entries(actorID: "sergey-lavrov", filter: .init(limit: 1)).map(\.value), ["2025-06"])
        }
    }

    func testReingestingTheSameArticleChangesNothingAndARevisionReplacesItsEntries() throws {
        try TestDatabase.withFresh { conn, _ in
            try TimelineFixtures.migrate(conn)
            let s = try TimelineFixtures.session(conn)
            try s.ingestor.ingest([TimelineFixtures.pyongyang])
            let head = try EventLog(connection: conn).headPosition()

            let again = try s.ingestor.ingest([TimelineFixtures.pyongyang, TimelineFixtures.pyongyang])
            XCTAssertEqual(again.unchanged, 2)
            XCTAssertEqual(again.new + again.revised, 0)
            XCTAssertEqual(try EventLog(connection: conn).headPosition(), head, "nothing appended")

            var revised = TimelineFixtures.pyongyang
            revised.text = "रूस के विदेश मंत्री सर्गेई लावरोव ने शुक्रवार को प्योंगयांग में किम जोंग उन से मुलाकात की।"
            let report = try s.ingestor.ingest([revised])
            XCTAssertEqual(report.revised, 1)
            try s.projection.catchUp()
            XCTAssertEqual(try s.queries.entries(actorID: "sergey-lavrov").map(\.value), ["2025-07-11"])
            let stream = try EventLog(connection: conn).readStream(revised.streamID)
            XCTAssertEqual(stream.filter { $0.type == TimelineEventType.articleIngested }.count, 2)
            XCTAssertEqual(stream.map(\.version), Array(1...Int64(stream.count)))
        }
    }

    func testCoverageCountsAndUnresolvedExpressionsPerArticle() throws {
        try TestDatabase.withFresh { conn, _ in
            try TimelineFixtures.migrate(conn)
            let s = try TimelineFixtures.session(conn)
            let vague = TimelineFixtures.article("vague", published: "2025-07-13", text: """
                सर्गेई लावरोव ने कहा कि अभी बातचीत जारी है। यह यात्रा तीन दिन चलेगी।
                """)
            try s.ingestor.ingest([TimelineFixtures.pyongyang, vague])
            try s.projection.catchUp()
            let rows = try conn.query("""
                SELECT a.identifier, a.expressions, a.dated_events, coalesce(string_agg(u.expression || '=' || u.value || '/' || u.reason, ','), '') AS gaps
                FROM timeline_articles a LEFT JOIN timeline_unresolved u USING (stream_id)
                GROUP BY a.identifier, a.expressions, a.dated_events ORDER BY a.identifier
                """)
            XCTAssertEqual(rows.map { $0.values }, [
                ["https://fixtures.test/pyongyang", "3", "2", ""],
                ["https://fixtures.test/vague", "2", "0", "अभी=PRESENT_REF/vague"],
            ])
        }
    }

    func testRebuildYieldsExactlyTheRowsOfCatchUp() throws {
        try TestDatabase.withFresh { conn, _ in
            try TimelineFixtures.migrate(conn)
            let s = try TimelineFixtures.session(conn)
            try s.ingestor.ingest([TimelineFixtures.pyongyang, TimelineFixtures.beijing])
            // Catch up in small pages, so page boundaries fall between an article and its events.
            try TimelineProjection(connection: conn, pageSize: 2).catchUp()
            let caughtUp = try TimelineFixtures.snapshot(conn)
            XCTAssertGreaterThan(caughtUp.count, 3)

            let applied = try TimelineProjection(connection: conn).rebuild()
            XCTAssertEqual(Int64(applied), try conn.query("SELECT count(*) AS n FROM events")[0].int64("n"))
            XCTAssertEqual(try TimelineFixtures.snapshot(conn), caughtUp)
            XCTAssertEqual(try s.projection.checkpoint(), try EventLog(connection: conn).headPosition())
        }
    }

    func testCatchUpReadingAheadYieldsTheRowsOfCatchUpInTurn() throws {
        try TestDatabase.withFresh { conn, url in
            try TimelineFixtures.migrate(conn)
            let s = try TimelineFixtures.session(conn)
            var revised = TimelineFixtures.pyongyang
            revised.text += " अगले महीने वे फिर मिलेंगे।"
            try s.ingestor.ingest([TimelineFixtures.pyongyang, TimelineFixtures.beijing])
            try s.ingestor.ingest([revised])
            let events = try conn.query("SELECT count(*) AS n FROM events")[0].int64("n")
            // Pages of two events: every page but the last reads the next one ahead.
            try TimelineProjection(connection: conn, pageSize: 2).catchUp()
            let inTurn = try TimelineFixtures.snapshot(conn)

            try conn.query("UPDATE projection_checkpoints SET position = 0")
            try conn.query("DELETE FROM timeline_entries")
            try conn.query("DELETE FROM timeline_entry_history")
            try conn.query("DELETE FROM timeline_unresolved")
            try conn.query("DELETE FROM timeline_articles")
            for table in ["event_mentions", "event_aliases", "article_fingerprints", "article_bands"] {
                try conn.query("DELETE FROM \(table)")
            }
            let ahead = try PostgresConnection.connect(url)
            defer { ahead.close() }
            let applied = try TimelineProjection(connection: conn, pageSize: 2, readAhead: ahead).catchUp()
            XCTAssertEqual(Int64(applied), events)
            XCTAssertEqual(try TimelineFixtures.snapshot(conn), inTurn)
            XCTAssertEqual(try s.projection.checkpoint(), try EventLog(connection: conn).headPosition())
        }
    }

    func testTwoIngestersRacingOnTheSameArticlesRecordEachOnce() throws {
        try TestDatabase.withFresh { conn, url in
            try TimelineFixtures.migrate(conn)
            _ = try TimelineFixtures.session(conn)  // seeds the gazetteer
            let articles = (0..<40).map { i in
                TimelineFixtures.article("race-\(i)", published: "2025-07-13",
                                         text: "सर्गेई लावरोव ने शनिवार को बैठक \(i) में हिस्सा लिया।")
            }
            let group = DispatchGroup()
            let errors = ErrorBox()
            for _ in 0..<2 {
                group.enter()
                DispatchQueue.global().async {
                    defer { group.leave() }
                    do {
                        let c = try PostgresConnection.connect(url)
                        defer { c.close() }
                        try TimelineFixtures.session(c).ingestor.ingest(articles.shuffled(), chunkSize: 7)
                    } catch { errors.append(error) }
                }
            }
            group.wait()
            XCTAssertTrue(errors.isEmpty, "\(errors.all)")
            let counts = try conn.query("SELECT count(*) AS n, count(DISTINCT stream_id) AS s FROM events WHERE event_type = $1",
                                        [.text(TimelineEventType.articleIngested)])
            XCTAssertEqual(try counts[0].int64("n"), 40)
            XCTAssertEqual(try counts[0].int64("s"), 40)
        }
    }
}

final class ErrorBox: @unchecked Sendable {
    private let lock = NSLock()
    private var errors: [Error] = []
    func append(_ error: Error) { lock.lock(); errors.append(error); lock.unlock() }
    var all: [Error] { lock.lock(); defer { lock.unlock() }; return errors }
    var isEmpty: Bool { all.isEmpty }
}
