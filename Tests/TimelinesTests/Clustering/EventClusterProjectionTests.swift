import EventStore
import Foundation
import Postgres
import PostgresTestSupport
import XCTest
@testable import Timelines

/// Mentions of one happening become one event, across outlets and between a plan and its report;
/// other happenings stay apart; curators' splits and merges survive rebuilds and new revisions.
final class EventClusterProjectionTests: XCTestCase {
    private typealias F = ClusterFixtures

    private func saturdayMeeting(_ conn: PostgresConnection) throws -> [EventSummary] {
        try EventQueries(connection: conn).events(actorID: "kim-jong-un", from: .init(iso: "2025-07-12"), to: .init(iso: "2025-07-12"))
    }

    func testTwoOutletsInTheirOwnWordsReportOneMeeting() throws {
        try TestDatabase.withFresh { conn, _ in
            try TimelineFixtures.migrate(conn)
            let s = try TimelineFixtures.session(conn)
            try s.ingestor.ingest([F.story, F.otherWords])
            try s.projection.catchUp()
            let meeting = try saturdayMeeting(conn)
            XCTAssertEqual(meeting.count, 1, "\(meeting)")
            XCTAssertEqual(meeting.first?.sources, 2)
            XCTAssertEqual(meeting.first?.cameo, "04")
            XCTAssertEqual(Set(meeting.first?.actors.map(\.id) ?? []).isSuperset(of: ["sergey-lavrov", "kim-jong-un"]), true)
            let reports = try EventQueries(connection: conn).reports(of: meeting[0].id)
            XCTAssertEqual(reports.count, 2)
            XCTAssertEqual(reports[0].joinedBy, "first report")
            XCTAssertTrue(reports[1].joinedBy.contains("shared actors"), reports[1].joinedBy)
        }
    }

    func testTwoMeetingsOfTheSamePeopleOnDifferentDaysStayApart() throws {
        try TestDatabase.withFresh { conn, _ in
            try TimelineFixtures.migrate(conn)
            let s = try TimelineFixtures.session(conn)
            try s.ingestor.ingest([F.story, F.secondMeeting])
            try s.projection.catchUp()
            let all = try EventQueries(connection: conn).events(actorID: "kim-jong-un")
            XCTAssertEqual(all.filter { $0.value == "2025-07-12" }.count, 1)
            XCTAssertEqual(all.filter { $0.value == "2025-07-17" }.count, 1)
            XCTAssertTrue(all.allSatisfy { $0.mentions == 1 }, "\(all.map { ($0.value, $0.mentions) })")
        }
    }

    func testAPlannedMeetingAndItsReportAreOneEventThatHappened() throws {
        try TestDatabase.withFresh { conn, _ in
            try TimelineFixtures.migrate(conn)
            let s = try TimelineFixtures.session(conn)
            try s.ingestor.ingest([F.planned])
            try s.projection.catchUp()
            XCTAssertEqual(try saturdayMeeting(conn).first?.realis, "planned")
            try s.ingestor.ingest([F.story])
            try s.projection.catchUp()
            let meeting = try saturdayMeeting(conn)
            XCTAssertEqual(meeting.count, 1)
            XCTAssertEqual(meeting.first?.realis, "actual")
            XCTAssertEqual(meeting.first?.firstReported?.iso, "2025-07-11")
            let reports = try EventQueries(connection: conn).reports(of: meeting[0].id)
            XCTAssertEqual(reports.map(\.realis), ["planned", "actual"], "the plan stays as the event's history")
        }
    }

    func testSplitAndMergeSurviveRebuildAndReprocessing() throws {
        try TestDatabase.withFresh { conn, _ in
            try TimelineFixtures.migrate(conn)
            let s = try TimelineFixtures.session(conn)
            try s.ingestor.ingest([F.story, F.otherWords, F.secondMeeting])
            try s.projection.catchUp()
            let queries = EventQueries(connection: conn)
            let meeting = try saturdayMeeting(conn)[0]
            let reports = try queries.reports(of: meeting.id)
            XCTAssertEqual(reports.count, 2)

            // Split the other outlet's report off.
            let split = EventCurationEvent.Split(eventID: meeting.id, mentionIDs: [reports[1].entry], keptIDs: [reports[0].entry])
            try EventCurationLog(connection: conn).append(.split(split), expectedVersion: 0)
            try s.projection.catchUp()
            XCTAssertEqual(try queries.reports(of: meeting.id).map(\.entry), [reports[0].entry])
            XCTAssertEqual(try queries.reports(of: split.newEventID).map(\.entry), [reports[1].entry])
            XCTAssertEqual(try queries.reports(of: split.newEventID).first?.joinedBy, "placed by a curator")

            // Merge Thursday's meeting into Saturday's: dates that do not meet show their spread.
            let thursday = try queries.events(actorID: "kim-jong-un", from: .init(iso: "2025-07-17"), to: .init(iso: "2025-07-17"))[0]
            let members = try queries.reports(of: meeting.id).map(\.entry) + queries.reports(of: thursday.id).map(\.entry)
            try EventCurationLog(connection: conn).append(
                .merged(.init(sourceID: thursday.id, targetID: meeting.id, mentionIDs: members)), expectedVersion: 1)
            try s.projection.catchUp()
            let merged = try XCTUnwrap(try queries.event(thursday.id), "the old id leads to the target")
            XCTAssertEqual(merged.summary.id, meeting.id)
            XCTAssertEqual(merged.summary.value, "2025-07-12/2025-07-17")
            XCTAssertTrue(merged.summary.datesDisagree)
            let curated = try F.events(conn)

            try s.projection.rebuild()
            XCTAssertEqual(try F.events(conn), curated, "a rebuild replays the log to the same events")

            // Reprocessing without the alias "लावरोव" replaces the other outlet's entry (Kim alone now):
            // it comes back to the split event, which a curator gave it.
            let report = try ReprocessFixtures.reprocessor(conn, gazetteer: try ReprocessFixtures.changedGazetteer())
                .reprocess(ReprocessOptions(force: true))
            XCTAssertGreaterThan(report.changed, 0)
            try s.projection.catchUp()
            XCTAssertEqual(try queries.reports(of: split.newEventID).map(\.entry), [reports[1].entry])
            XCTAssertEqual(try queries.reports(of: meeting.id).map(\.entry).filter { $0 == reports[1].entry }, [])
        }
    }

    func testRebuildGivesTheSameEventsAndIDs() throws {
        try TestDatabase.withFresh { conn, _ in
            try TimelineFixtures.migrate(conn)
            let s = try TimelineFixtures.session(conn)
            for article in [F.planned, F.story, F.exactReprint, F.otherWords, F.secondMeeting] {
                try s.ingestor.ingest([article])
                try s.projection.catchUp()
            }
            let caughtUp = try TimelineFixtures.snapshot(conn)
            try s.projection.rebuild()
            XCTAssertEqual(try TimelineFixtures.snapshot(conn), caughtUp)
        }
    }

    func testAnActorsEventsFollowActorCuration() throws {
        try TestDatabase.withFresh { conn, _ in
            try TimelineFixtures.migrate(conn)
            let s = try TimelineFixtures.session(conn)
            try s.ingestor.ingest([F.story])
            try s.projection.catchUp()
            let before = try saturdayMeeting(conn).map(\.id)
            XCTAssertEqual(before.count, 1)
            try CurationFixtures.curate(.added(.init(actorID: "kim-dynasty", name: "किम वंश", kind: "person", latinName: "Kim dynasty",
                                                     aliases: [])), conn)
            try CurationFixtures.curate(.merged(.init(sourceID: "kim-jong-un", sourceName: "किम जोंग उन", targetID: "kim-dynasty",
                                                      targetName: "किम वंश")), conn)
            let after = try EventQueries(connection: conn).events(actorID: "kim-dynasty", from: .init(iso: "2025-07-12"),
                                                                  to: .init(iso: "2025-07-12"))
            XCTAssertEqual(after.map(\.id), before, "the event is found under the actor the rows now belong to")
        }
    }

    func testAConcurrentCurationIsRefused() throws {
        try TestDatabase.withFresh { conn, _ in
            try TimelineFixtures.migrate(conn)
            let merge = EventCurationEvent.merged(.init(sourceID: "evaaaaaaaaaa", targetID: "evbbbbbbbbbb", mentionIDs: []))
            try EventCurationLog(connection: conn).append(merge, expectedVersion: 0)
            XCTAssertThrowsError(try EventCurationLog(connection: conn).append(merge, expectedVersion: 0)) {
                XCTAssertEqual($0 as? CurationError, .concurrentChange)
            }
        }
    }
}
