import Postgres
import PostgresTestSupport
import XCTest

/// What happened, in the reporting views: the trigger, CAMEO root and quad class, realis and each
/// actor's role with every dated event, and what kinds of events an actor took part in by month.
final class ReportingEventsTests: XCTestCase {
    /// Published Monday 2025-03-10: on Saturday (03-08) Jaishankar met Wang Yi; next week Wang Yi
    /// will visit Delhi (planned); on Sunday (03-09) the police arrested Ramesh Yadav.
    static let week = ReportingFixtures.article("events", title: "मुलाकात, दौरा और गिरफ्तारी", published: "2025-03-10",
                                                source: "alpha", text: """
        विदेश मंत्री एस जयशंकर ने शनिवार को बीजिंग में वांग यी से मुलाकात की। वांग यी अगले सप्ताह दिल्ली का दौरा करेंगे। \
        कानपुर पुलिस ने रविवार को आरोपी रमेश यादव को गिरफ्तार किया।
        """)

    func testDatedEventsAndActorTimelinesSayWhatHappenedAndWhoDidIt() throws {
        try TestDatabase.withFresh { conn, _ in
            try ReportingFixtures.migrate(conn)
            try ReportingFixtures.ingest([Self.week], into: conn)

            XCTAssertEqual(try ReportingFixtures.rows(conn, """
                SELECT value, trigger, cameo, quad::text, realis, actors::text, roles::text
                FROM reporting.dated_events ORDER BY first_day
                """), [
                    ["2025-03-08", "मुलाकात", "04", "1", "actual", #"{"एस जयशंकर","वांग यी"}"#, "{source,target}"],
                    ["2025-03-09", "गिरफ्तार", "17", "4", "actual", #"{"कानपुर पुलिस","रमेश यादव"}"#, "{source,target}"],
                    ["2025-W12", "दौरा", "04", "1", "planned", #"{"वांग यी"}"#, "{source}"],
                ])
            XCTAssertEqual(try ReportingFixtures.rows(conn, """
                SELECT value, role, c.label FROM reporting.actor_timeline t
                JOIN reporting.cameo_roots c ON c.code = t.cameo
                WHERE actor_id = 'wang-yi' ORDER BY first_day
                """), [["2025-03-08", "target", "consult"], ["2025-W12", "source", "consult"]])
        }
    }

    func testActorEventKindsCountEachActorsEventsByMonthRootRealisAndRole() throws {
        try TestDatabase.withFresh { conn, _ in
            try ReportingFixtures.migrate(conn)
            try ReportingFixtures.ingest([Self.week], into: conn)
            XCTAssertEqual(try ReportingFixtures.rows(conn, """
                SELECT month::text, cameo, event_type, quad::text, entries::text, actual::text, planned::text,
                       as_source::text, as_target::text
                FROM reporting.actor_event_kinds WHERE actor_id = 'wang-yi' ORDER BY month, cameo
                """), [["2025-03-01", "04", "consult", "1", "2", "1", "1", "1", "1"]])
            XCTAssertEqual(try ReportingFixtures.rows(conn, "SELECT count(*)::text, count(DISTINCT quad)::text FROM reporting.cameo_roots"),
                           [["20", "4"]])
        }
    }
}
