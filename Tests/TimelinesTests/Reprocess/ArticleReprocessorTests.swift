import EventStore
import Foundation
import Postgres
import PostgresTestSupport
import XCTest
@testable import Timelines

/// Reprocess after a gazetteer change, against a real PostgreSQL: what is retracted, what is
/// added, what the timelines show before and after, and that a second run appends nothing.
final class ArticleReprocessorTests: XCTestCase {
    typealias F = ReprocessFixtures

    func testAGazetteerChangeRetractsAndAddsExactlyTheEntriesThatChanged() throws {
        try TestDatabase.withFresh { conn, _ in
            try TimelineFixtures.migrate(conn)
            let s = try TimelineFixtures.session(conn)
            try s.ingestor.ingest(F.all)
            try s.projection.catchUp()
            let lavrovBefore = try s.queries.entries(actorID: "sergey-lavrov")
            XCTAssertEqual(lavrovBefore.map(\.value), ["2025-07-05", "2025-07-08"])
            XCTAssertEqual(lavrovBefore[0].otherActorIDs, [], "अनिता देशमुख is not known yet")
            let kimBefore = try s.queries.entries(actorID: "kim-jong-un")
            let lavrovAloneID = try F.entryID(F.lavrovAlone, expressionText: "8 जुलाई 2025", value: "2025-07-08")
            let meetingID = try F.entryID(F.meeting, expressionText: "5 जुलाई 2025", value: "2025-07-05")
            let anitaID = try F.entryID(F.anitaAlone, expressionText: "3 जुलाई 2025", value: "2025-07-03")
            XCTAssertEqual(lavrovBefore.map(\.id), [meetingID, lavrovAloneID])
            let beforeReprocess = try F.now(conn)

            let changed = try F.changedGazetteer()
            try GazetteerStore(connection: conn).seed(from: changed)
            var changes: [ArticleChange] = []
            let report = try F.reprocessor(conn, gazetteer: changed).reprocess(onChange: { changes.append($0) })

            XCTAssertEqual(report.scanned, 4)
            XCTAssertEqual(report.examined, 4)
            XCTAssertEqual(report.upToDate, 0)
            XCTAssertEqual(report.changed, 3)
            XCTAssertEqual(report.retracted, 1)
            XCTAssertEqual(report.added, 2)
            XCTAssertEqual(report.replaced, 1)
            let byStream = Dictionary(uniqueKeysWithValues: changes.map { ($0.streamID, $0) })
            XCTAssertEqual(byStream[F.lavrovAlone.streamID]?.retracted.map(\.entryID), [lavrovAloneID])
            XCTAssertEqual(byStream[F.lavrovAlone.streamID]?.added.map(\.entryID), [])
            XCTAssertEqual(byStream[F.meeting.streamID]?.added.map(\.entryID), [meetingID])
            XCTAssertEqual(byStream[F.meeting.streamID]?.replaced.map(\.entryID), [meetingID])
            XCTAssertEqual(byStream[F.meeting.streamID]?.added.first?.actorKeys, ["anita-deshmukh", "sergey-lavrov"])
            XCTAssertEqual(byStream[F.anitaAlone.streamID]?.added.map(\.entryID), [anitaID])
            XCTAssertNil(byStream[F.kim.streamID])

            // The log holds one retraction and two additions, each in its article's stream.
            let retractions = try F.payloads(EntriesRetracted.self, named: TimelineEventType.entriesRetracted, conn)
            XCTAssertEqual(retractions.map(\.streamID), [F.lavrovAlone.streamID])
            XCTAssertEqual(retractions.map(\.entryIDs), [[lavrovAloneID]])
            XCTAssertEqual(retractions.first?.gazetteerRevision, changed.revision)
            XCTAssertEqual(retractions.first?.reason, "reprocess")
            let additions = try F.payloads(EntriesAdded.self, named: TimelineEventType.entriesAdded, conn)
            XCTAssertEqual(Set(additions.map(\.streamID)), [F.meeting.streamID, F.anitaAlone.streamID])
            XCTAssertEqual(Set(additions.flatMap { $0.entries.map(\.entryID) }), [meetingID, anitaID])

            try s.projection.catchUp()
            let lavrovAfter = try s.queries.entries(actorID: "sergey-lavrov")
            XCTAssertEqual(lavrovAfter.map(\.id), [meetingID])
            XCTAssertEqual(lavrovAfter.first?.otherActorIDs, ["anita-deshmukh"])
            XCTAssertEqual(try s.queries.entries(actorID: "anita-deshmukh").map(\.id), [anitaID, meetingID])
            XCTAssertEqual(try s.queries.entries(actorID: "anita-deshmukh").map(\.value), ["2025-07-03", "2025-07-05"])
            XCTAssertEqual(try s.queries.entries(actorID: "kim-jong-un"), kimBefore)
            // Coverage counts follow: a replaced entry is still one entry.
            let counts = try conn.query("SELECT identifier, dated_events FROM timeline_articles ORDER BY identifier")
            XCTAssertEqual(counts.map(\.values), [
                ["https://fixtures.test/anita-alone", "1"], ["https://fixtures.test/kim", "1"],
                ["https://fixtures.test/lavrov-alone", "0"], ["https://fixtures.test/meeting", "1"],
            ])

            // As known before the reprocess: the old state; as known now: the new one.
            let asBefore = TimelineFilter(asOf: beforeReprocess)
            let lavrovAsBefore = try s.queries.entries(actorID: "sergey-lavrov", filter: asBefore)
            XCTAssertEqual(lavrovAsBefore.map(\.id), [meetingID, lavrovAloneID])
            XCTAssertEqual(lavrovAsBefore.first?.otherActorIDs, [])
            XCTAssertEqual(try s.queries.entries(actorID: "anita-deshmukh", filter: asBefore), [])
            let asNow = TimelineFilter(asOf: try F.now(conn))
            XCTAssertEqual(try s.queries.entries(actorID: "sergey-lavrov", filter: asNow).map(\.id), [meetingID])
            XCTAssertEqual(try s.queries.entries(actorID: "anita-deshmukh", filter: asNow).map(\.id), [anitaID, meetingID])

            // Run again, by default and re-extracting everything: nothing appended.
            let head = try EventLog(connection: conn).headPosition()
            let second = try F.reprocessor(conn, gazetteer: changed).reprocess()
            XCTAssertEqual(second.changed, 0)
            XCTAssertEqual(second.upToDate, 3, "the three changed articles were made by this gazetteer")
            let forced = try F.reprocessor(conn, gazetteer: changed).reprocess(ReprocessOptions(force: true))
            XCTAssertEqual(forced.examined, 4)
            XCTAssertEqual(forced.upToDate, 0)
            XCTAssertEqual(forced.changed, 0)
            XCTAssertEqual(try EventLog(connection: conn).headPosition(), head)

            // A rebuild from the log gives the same rows, history included, whether the retractions
            // and additions are written together (one page) or one event at a time.
            let caughtUp = try F.snapshotWithHistory(conn)
            try TimelineProjection(connection: conn).rebuild()
            XCTAssertEqual(try F.snapshotWithHistory(conn), caughtUp)
            try TimelineProjection(connection: conn, pageSize: 1).rebuild()
            XCTAssertEqual(try F.snapshotWithHistory(conn), caughtUp)
        }
    }

    func testDryRunReportsTheSameChangesAndAppendsNothing() throws {
        try TestDatabase.withFresh { conn, _ in
            try TimelineFixtures.migrate(conn)
            try TimelineFixtures.session(conn).ingestor.ingest(F.all)
            let head = try EventLog(connection: conn).headPosition()
            let changed = try F.changedGazetteer()
            var dryChanges: [ArticleChange] = []
            let dry = try F.reprocessor(conn, gazetteer: changed).reprocess(ReprocessOptions(dryRun: true),
                                                                            onChange: { dryChanges.append($0) })
            XCTAssertEqual(try EventLog(connection: conn).headPosition(), head)
            var realChanges: [ArticleChange] = []
            let real = try F.reprocessor(conn, gazetteer: changed).reprocess(onChange: { realChanges.append($0) })
            XCTAssertEqual(dry, real)
            XCTAssertEqual(dryChanges, realChanges)
            XCTAssertEqual(try conn.query("SELECT count(*) AS n FROM events WHERE position > $1", [.int(head)])[0].int64("n"), 3)
        }
    }

    func testSinceAndActorLimitWhichArticlesChange() throws {
        try TestDatabase.withFresh { conn, _ in
            try TimelineFixtures.migrate(conn)
            try TimelineFixtures.session(conn).ingestor.ingest(F.all)
            let changed = try F.changedGazetteer()

            // Published on or after 2025-07-16: only the article that names Anita alone.
            var since: [String] = []
            let sinceReport = try F.reprocessor(conn, gazetteer: changed).reprocess(
                ReprocessOptions(since: .init(iso: "2025-07-16")), onChange: { since.append($0.streamID) })
            XCTAssertEqual(since, [F.anitaAlone.streamID])
            XCTAssertEqual(sinceReport.scanned, 4)
            XCTAssertEqual(sinceReport.examined, 1)

            // Lavrov: his two articles (the alias gone, the meeting with one more actor), not Kim's.
            var lavrov: [String] = []
            try F.reprocessor(conn, gazetteer: changed).reprocess(
                ReprocessOptions(actorID: "sergey-lavrov"), onChange: { lavrov.append($0.streamID) })
            XCTAssertEqual(Set(lavrov), [F.lavrovAlone.streamID, F.meeting.streamID])

            // Everything else is now done; Kim's article never changes.
            var rest: [String] = []
            let restReport = try F.reprocessor(conn, gazetteer: changed).reprocess(onChange: { rest.append($0.streamID) })
            XCTAssertEqual(rest, [])
            XCTAssertEqual(restReport.upToDate, 3)
        }
    }

    func testAnArticleRevisedBetweenReadAndAppendIsRedoneAgainstItsNewRevision() throws {
        try TestDatabase.withFresh { conn, _ in
            try TimelineFixtures.migrate(conn)
            let s = try TimelineFixtures.session(conn)
            try s.ingestor.ingest([F.kim, F.lavrovAlone])
            var revised = F.lavrovAlone
            revised.text = "लावरोव ने 9 जुलाई 2025 को संसद में भाषण दिया।"
            let revisedID = try F.entryID(revised, expressionText: "9 जुलाई 2025", value: "2025-07-09")
            // One article per chunk: the second chunk (Lavrov) is read and planned while the first
            // is appended; a new revision is ingested right after that append, before its own.
            var revisedOnce = false
            let report = try F.reprocessor(conn, gazetteer: try F.changedGazetteer()).reprocess(
                ReprocessOptions(chunkSize: 1), progress: { done, _ in
                    guard done == 1, !revisedOnce else { return }
                    revisedOnce = true
                    do { try s.ingestor.ingest([revised]) } catch { XCTFail("ingest: \(error)") }
                })
            XCTAssertTrue(revisedOnce)
            XCTAssertEqual(report.retried, 1)
            XCTAssertEqual(report.changed, 1)
            let retractions = try F.payloads(EntriesRetracted.self, named: TimelineEventType.entriesRetracted, conn)
            XCTAssertEqual(retractions.map(\.articleRevision), [2])
            XCTAssertEqual(retractions.map(\.entryIDs), [[revisedID]])
        }
    }

    func testTwoReprocessorsRacingRecordEachChangeOnce() throws {
        try TestDatabase.withFresh { conn, url in
            try TimelineFixtures.migrate(conn)
            let articles = (0..<60).map { i in
                TimelineFixtures.article("race-\(i)", published: "2025-07-15",
                                         text: "लावरोव ने \(1 + i % 28) जून 2025 को बैठक \(i) में हिस्सा लिया।")
            }
            try TimelineFixtures.session(conn).ingestor.ingest(articles)
            let changed = try F.changedGazetteer()
            let errors = ErrorBox()
            let retracted = Counter()
            let group = DispatchGroup()
            for _ in 0..<2 {
                group.enter()
                DispatchQueue.global().async {
                    defer { group.leave() }
                    do {
                        let c = try PostgresConnection.connect(url)
                        defer { c.close() }
                        let report = try F.reprocessor(c, gazetteer: changed).reprocess(ReprocessOptions(chunkSize: 7))
                        retracted.add(report.retracted)
                    } catch { errors.append(error) }
                }
            }
            group.wait()
            XCTAssertTrue(errors.isEmpty, "\(errors.all)")
            let rows = try conn.query("""
                SELECT count(*) AS n, count(DISTINCT stream_id) AS s FROM events WHERE event_type = $1
                """, [.text(TimelineEventType.entriesRetracted)])
            XCTAssertEqual(try rows[0].int64("n"), 60)
            XCTAssertEqual(try rows[0].int64("s"), 60)
            XCTAssertEqual(retracted.value, 60, "each retraction is reported by the run that appended it")
        }
    }
}

final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var total = 0
    func add(_ n: Int) { lock.lock(); total += n; lock.unlock() }
    var value: Int { lock.lock(); defer { lock.unlock() }; return total }
}
