import Postgres
import PostgresTestSupport
import XCTest

/// The places of a dated event in the reporting views: listed with the event, never as an actor,
/// and a sentence that names only a date and a place is no event.
final class ReportingPlacesTests: XCTestCase {
    /// Published Monday 2025-03-10: on Saturday (2025-03-08) Jaishankar met Wang Yi in Beijing; on
    /// Sunday (2025-03-09) it rained in Mumbai, which names no actor.
    static let visit = ReportingFixtures.article("places", title: "बीजिंग और मुंबई", published: "2025-03-10", source: "alpha", text: """
        विदेश मंत्री एस जयशंकर ने शनिवार को बीजिंग में वांग यी से मुलाकात की। रविवार को मुंबई में भारी बारिश हुई।
        """)

    func testDatedEventsAndActorTimelinesListThePlacesOfTheSentence() throws {
        try TestDatabase.withFresh { conn, _ in
            try ReportingFixtures.migrate(conn)
            try ReportingFixtures.ingest([Self.visit], into: conn)

            XCTAssertEqual(try ReportingFixtures.rows(conn, """
                SELECT value, actors::text, actor_ids::text, places::text FROM reporting.dated_events ORDER BY first_day
                """), [["2025-03-08", #"{"एस जयशंकर","वांग यी"}"#, "{s-jaishankar,wang-yi}", "{बीजिंग}"]],
                "one event: the Sunday sentence names only a place")
            XCTAssertEqual(try ReportingFixtures.rows(conn, """
                SELECT actor_id, other_actors::text, places::text FROM reporting.actor_timeline ORDER BY actor_id
                """), [["s-jaishankar", #"{"वांग यी"}"#, "{बीजिंग}"], ["wang-yi", #"{"एस जयशंकर"}"#, "{बीजिंग}"]])
            XCTAssertEqual(try ReportingFixtures.rows(conn, """
                SELECT count(*)::text FROM reporting.actor_timeline WHERE actor_id = ANY ($1::text[])
                """, [.array(["beijing", "mumbai"])]), [["0"]], "a place has no timeline")
            XCTAssertEqual(try ReportingFixtures.rows(conn, "SELECT dated_events::text, expressions::text FROM reporting.extraction_coverage"),
                           [["1", "2"]])
        }
    }

    func testPlacesFollowTheEntryColumnsAndWhatHappenedFollowsThePlaces() throws {
        try TestDatabase.withFresh { conn, _ in
            try ReportingFixtures.migrate(conn)
            let tails = try ReportingFixtures.rows(conn, """
                SELECT c.relname, (SELECT string_agg(attname, ',' ORDER BY attnum) FROM (
                    SELECT a.attname, a.attnum FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0
                    ORDER BY a.attnum DESC LIMIT 6) last)::text
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'reporting' AND c.relname = ANY ($1::text[]) ORDER BY 1
                """, [.array(["actor_timeline", "dated_events", "withdrawn_entries"])])
            XCTAssertEqual(tails, [
                ["actor_timeline", "places,trigger,cameo,quad,realis,role"],
                ["dated_events", "places,trigger,cameo,quad,realis,roles"],
                ["withdrawn_entries", "sentence,stream_id,recorded_at,retracted_at,retraction,places"],
            ])
        }
    }
}
