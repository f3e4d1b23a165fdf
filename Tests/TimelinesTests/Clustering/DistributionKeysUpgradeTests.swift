import EventStore
import Foundation
import Postgres
import PostgresTestSupport
import XCTest
@testable import Timelines

/// A database with events and curation in it, migrated by the files before
/// `150_distribution_keys.sql`, takes that file and goes on as before: the same rows, the new
/// key, curators' moves, new articles and a rebuild.
final class DistributionKeysUpgradeTests: XCTestCase {
    private typealias F = ClusterFixtures
    private static let firstNewVersion = 150

    /// Later files that add a column today's projection writes: the rows of the older database are
    /// written by today's projection, so it has them (they touch nothing 150 changes).
    private static let columnsWrittenToday = [200]

    /// The repository's migration files older than `firstNewVersion`, in a directory of their own.
    private func olderMigrations() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("timeline-sql-before-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: TimelineFixtures.sqlDirectory.path) where name.hasSuffix(".sql") {
            let version = Int(name.prefix { $0.isNumber }) ?? .max
            guard version < Self.firstNewVersion || Self.columnsWrittenToday.contains(version) else { continue }
            try FileManager.default.copyItem(at: TimelineFixtures.sqlDirectory.appendingPathComponent(name),
                                             to: directory.appendingPathComponent(name))
        }
        return directory
    }

    private func primaryKey(of table: String, _ conn: PostgresConnection) throws -> [String] {
        try conn.query("""
            SELECT ARRAY(SELECT a.attname::text FROM unnest(x.conkey) WITH ORDINALITY AS k(attnum, ord)
                         JOIN pg_attribute a ON a.attrelid = x.conrelid AND a.attnum = k.attnum ORDER BY k.ord) AS columns
            FROM pg_constraint x WHERE x.conrelid = $1::regclass AND x.contype = 'p'
            """, [.text(table)])[0].stringArray("columns")
    }

    func testADatabaseWithEventsMigratesAndGoesOn() throws {
        let older = try olderMigrations()
        defer { try? FileManager.default.removeItem(at: older) }
        try TestDatabase.withFresh { conn, _ in
            try Migrator(connection: conn, directory: older).migrate()
            XCTAssertEqual(try primaryKey(of: "event_mentions", conn), ["entry_id"])
            let s = try TimelineFixtures.session(conn)
            try s.ingestor.ingest([F.story, F.otherWords, F.secondMeeting])
            try s.projection.catchUp()
            let queries = EventQueries(connection: conn)
            let meeting = try queries.events(actorID: "kim-jong-un", from: .init(iso: "2025-07-12"), to: .init(iso: "2025-07-12"))[0]
            let reports = try queries.reports(of: meeting.id)
            XCTAssertEqual(reports.count, 2)
            let split = EventCurationEvent.Split(eventID: meeting.id, mentionIDs: [reports[1].entry], keptIDs: [reports[0].entry])
            try EventCurationLog(connection: conn).append(.split(split), expectedVersion: 0)
            try s.projection.catchUp()
            let before = try TimelineFixtures.snapshot(conn)

            let applied = try Migrator(connection: conn, directory: TimelineFixtures.sqlDirectory).migrate().map(\.fileName)
            XCTAssertEqual(applied.first, "150_distribution_keys.sql")
            XCTAssertEqual(try primaryKey(of: "event_mentions", conn), ["entry_id", "event_id"])
            XCTAssertEqual(try TimelineFixtures.snapshot(conn), before, "the stored rows stay as they were")

            // A curator's merge moves reports of the stored events under the new key.
            let thursday = try queries.events(actorID: "kim-jong-un", from: .init(iso: "2025-07-17"), to: .init(iso: "2025-07-17"))[0]
            let members = try queries.reports(of: meeting.id).map(\.entry) + queries.reports(of: thursday.id).map(\.entry)
            try EventCurationLog(connection: conn).append(
                .merged(.init(sourceID: thursday.id, targetID: meeting.id, mentionIDs: members)), expectedVersion: 1)
            try s.projection.catchUp()
            XCTAssertEqual(try queries.event(thursday.id)?.summary.id, meeting.id)
            XCTAssertEqual(Set(try queries.reports(of: meeting.id).map(\.entry)), Set(members))
            XCTAssertEqual(try queries.reports(of: split.newEventID).map(\.entry), [reports[1].entry])
            XCTAssertTrue(try queries.reports(of: meeting.id).filter { members.contains($0.entry) && $0.entry != reports[0].entry }
                .allSatisfy { $0.joinedBy == "placed by a curator" })

            // A new article's reports join the stored ones, one row each, and a rebuild replays the
            // log to the same events (a moved report's score depends on whether it was placed in the
            // curator's page, so the events are compared, as EventClusterProjectionTests does).
            try s.ingestor.ingest([F.planned])
            try s.projection.catchUp()
            let plannedReports = try conn.query("""
                SELECT count(*) AS n FROM event_mentions m JOIN timeline_articles a ON a.stream_id = m.stream_id
                WHERE a.identifier = $1
                """, [.text(F.planned.identifier)])[0].int64("n")
            XCTAssertGreaterThan(plannedReports, 0)
            let oneRowPerReport = try conn.query(
                "SELECT count(*) = count(DISTINCT entry_id) AS one_each FROM event_mentions")[0].bool("one_each")
            XCTAssertTrue(oneRowPerReport)
            let caughtUp = try F.events(conn)
            try s.projection.rebuild()
            XCTAssertEqual(try F.events(conn), caughtUp)
        }
    }
}
