import Postgres
import PostgresTestSupport
import XCTest

/// Each reporting view's rows for three small articles, checked exactly.
final class ReportingViewsTests: XCTestCase {
    private func withReportingDatabase(_ body: (PostgresConnection) throws -> Void) throws {
        try TestDatabase.withFresh { conn, _ in
            try ReportingFixtures.migrate(conn)
            try ReportingFixtures.ingest(ReportingFixtures.all, into: conn)
            try body(conn)
        }
    }

    func testActorTimelineHasHumanColumnsAndTheEntryIdsOfTheReadModel() throws {
        try withReportingDatabase { conn in
            let rows = try ReportingFixtures.rows(conn, """
                SELECT actor_id, actor, kind, provisional::text, days::text, first_day::text, last_day::text, granularity, value,
                       expression, other_actors::text, other_actor_ids::text, article_title, url, published::text, source
                FROM reporting.actor_timeline ORDER BY actor_id, first_day, entry_id
                """)
            let beijing = ("जयशंकर बीजिंग में", "https://reporting.test/beijing", "2025-03-10", "alpha")
            let phone = ("लावरोव और वांग यी की बात", "https://reporting.test/phone", "2025-03-12", "beta")
            func row(_ id: String, _ name: String, _ kind: String, _ provisional: String, _ days: String, _ first: String,
                     _ last: String, _ granularity: String, _ value: String, _ expression: String, _ others: String,
                     _ otherIDs: String, _ article: (String, String, String, String)) -> [String?] {
                [id, name, kind, provisional, days, first, last, granularity, value, expression, others, otherIDs,
                 article.0, article.1, article.2, article.3]
            }
            XCTAssertEqual(rows, [
                row("provisional:रमेश कुलकर्णी", "रमेश कुलकर्णी", "person", "true", "[2025-04-01,2025-05-01)", "2025-04-01", "2025-04-30",
                    "month", "2025-04", "अगले महीने", "{}", "{}", beijing),
                row("russia", "रूस", "country", "false", "[2025-03-10,2025-03-11)", "2025-03-10", "2025-03-10", "day", "2025-03-10",
                    "सोमवार", #"{"सर्गेई लावरोव","वांग यी"}"#, "{sergey-lavrov,wang-yi}", phone),
                row("s-jaishankar", "एस जयशंकर", "person", "false", "[2025-03-08,2025-03-09)", "2025-03-08", "2025-03-08", "day",
                    "2025-03-08", "शनिवार", #"{"वांग यी"}"#, "{wang-yi}", beijing),
                row("sergey-lavrov", "सर्गेई लावरोव", "person", "false", "[2025-03-10,2025-03-11)", "2025-03-10", "2025-03-10", "day",
                    "2025-03-10", "सोमवार", #"{रूस,"वांग यी"}"#, "{russia,wang-yi}", phone),
                row("wang-yi", "वांग यी", "person", "false", "[2025-03-08,2025-03-09)", "2025-03-08", "2025-03-08", "day",
                    "2025-03-08", "शनिवार", #"{"एस जयशंकर"}"#, "{s-jaishankar}", beijing),
                row("wang-yi", "वांग यी", "person", "false", "[2025-03-10,2025-03-11)", "2025-03-10", "2025-03-10", "day",
                    "2025-03-10", "सोमवार", #"{रूस,"सर्गेई लावरोव"}"#, "{russia,sergey-lavrov}", phone),
            ])
            let sentences = try ReportingFixtures.rows(conn, """
                SELECT DISTINCT sentence FROM reporting.actor_timeline WHERE actor_id = 'wang-yi' ORDER BY 1
                """)
            XCTAssertEqual(sentences, [
                ["रूस ने बताया कि विदेश मंत्री सर्गेई लावरोव ने सोमवार को वांग यी से फोन पर बात की।"],
                ["विदेश मंत्री एस जयशंकर ने शनिवार को बीजिंग में वांग यी से मुलाकात की।"],
            ])
            let mismatched = try conn.query("""
                SELECT count(*) AS n FROM reporting.actor_timeline t
                WHERE NOT EXISTS (SELECT 1 FROM timeline_entries e WHERE e.entry_id = t.entry_id AND e.actor_id = t.actor_id)
                """)
            XCTAssertEqual(try mismatched[0].int64("n"), 0, "every entry_id is the read model's")
        }
    }

    func testDatedEventsListEachEventOnceWithAllItsActorsAndFilterByOverlap() throws {
        try withReportingDatabase { conn in
            let all = try ReportingFixtures.rows(conn, """
                SELECT days::text, value, actors::text, actor_ids::text, article_title FROM reporting.dated_events ORDER BY first_day, value
                """)
            XCTAssertEqual(all, [
                ["[2025-03-08,2025-03-09)", "2025-03-08", #"{"एस जयशंकर","वांग यी"}"#, "{s-jaishankar,wang-yi}", "जयशंकर बीजिंग में"],
                ["[2025-03-10,2025-03-11)", "2025-03-10", #"{रूस,"सर्गेई लावरोव","वांग यी"}"#, "{russia,sergey-lavrov,wang-yi}",
                 "लावरोव और वांग यी की बात"],
                ["[2025-04-01,2025-05-01)", "2025-04", "{\"रमेश कुलकर्णी\"}", "{\"provisional:रमेश कुलकर्णी\"}", "जयशंकर बीजिंग में"],
            ])
            func between(_ from: String, _ to: String) throws -> [String?] {
                try ReportingFixtures.rows(conn, """
                    SELECT value FROM reporting.dated_events WHERE days && daterange($1::date, $2::date, '[]') ORDER BY first_day
                    """, [.text(from), .text(to)]).map { $0[0] }
            }
            XCTAssertEqual(try between("2025-03-09", "2025-03-10"), ["2025-03-10"])
            XCTAssertEqual(try between("2025-03-08", "2025-03-08"), ["2025-03-08"], "a one-day range includes both ends")
            XCTAssertEqual(try between("2025-04-30", "2025-06-01"), ["2025-04"], "a month overlaps a range touching its last day")
            XCTAssertEqual(try between("2025-03-11", "2025-03-31"), [])
        }
    }

    func testEventsPerMonthAndMostActiveActors() throws {
        try withReportingDatabase { conn in
            XCTAssertEqual(try ReportingFixtures.rows(conn, """
                SELECT actor_id, month::text, events::text, articles::text FROM reporting.actor_events_by_month
                WHERE actor_id IN ('wang-yi', 'provisional:रमेश कुलकर्णी') ORDER BY actor_id, month
                """), [["provisional:रमेश कुलकर्णी", "2025-04-01", "1", "1"], ["wang-yi", "2025-03-01", "2", "2"]])
            XCTAssertEqual(try ReportingFixtures.rows(conn, """
                SELECT * FROM reporting.most_active_actors('2025-03-01', '2025-03-31', 3)
                """), [
                    ["1", "wang-yi", "वांग यी", "person", "2", "2", "2025-03-08", "2025-03-10"],
                    ["2", "russia", "रूस", "country", "1", "1", "2025-03-10", "2025-03-10"],
                    ["2", "s-jaishankar", "एस जयशंकर", "person", "1", "1", "2025-03-08", "2025-03-08"],
                ])
            // "अगले महीने" is April: it lies inside April … December, and is no event of 15 April … December.
            XCTAssertEqual(try ReportingFixtures.rows(conn, """
                SELECT actor_id, events::text FROM reporting.most_active_actors('2025-04-01', '2025-12-31')
                """), [["provisional:रमेश कुलकर्णी", "1"]])
            XCTAssertEqual(try ReportingFixtures.rows(conn, """
                SELECT actor_id, events::text FROM reporting.most_active_actors('2025-04-15', '2025-12-31')
                """), [])
        }
    }

    func testActorPairsCountEventsFromBothSides() throws {
        try withReportingDatabase { conn in
            XCTAssertEqual(try ReportingFixtures.rows(conn, """
                SELECT actor_id, other_actor_id, other_actor, events::text, articles::text, first_day::text, last_day::text
                FROM reporting.actor_pairs ORDER BY actor_id, other_actor_id
                """), [
                    ["russia", "sergey-lavrov", "सर्गेई लावरोव", "1", "1", "2025-03-10", "2025-03-10"],
                    ["russia", "wang-yi", "वांग यी", "1", "1", "2025-03-10", "2025-03-10"],
                    ["s-jaishankar", "wang-yi", "वांग यी", "1", "1", "2025-03-08", "2025-03-08"],
                    ["sergey-lavrov", "russia", "रूस", "1", "1", "2025-03-10", "2025-03-10"],
                    ["sergey-lavrov", "wang-yi", "वांग यी", "1", "1", "2025-03-10", "2025-03-10"],
                    ["wang-yi", "russia", "रूस", "1", "1", "2025-03-10", "2025-03-10"],
                    ["wang-yi", "s-jaishankar", "एस जयशंकर", "1", "1", "2025-03-08", "2025-03-08"],
                    ["wang-yi", "sergey-lavrov", "सर्गेई लावरोव", "1", "1", "2025-03-10", "2025-03-10"],
                ])
        }
    }

    func testIngestionAndCoverageViews() throws {
        try withReportingDatabase { conn in
            XCTAssertEqual(try ReportingFixtures.rows(conn, """
                SELECT source, day = (now() AT TIME ZONE 'UTC')::date, articles::text, dated_events::text, expressions::text,
                       articles_without_dated_events::text, first_published::text, last_published::text
                FROM reporting.ingestion_by_day ORDER BY source
                """), [["alpha", "t", "2", "2", "3", "1", "2025-03-10", "2025-03-15"],
                       ["beta", "t", "1", "1", "2", "0", "2025-03-12", "2025-03-12"]])
            XCTAssertEqual(try ReportingFixtures.rows(conn, "SELECT * FROM reporting.articles_by_published_day ORDER BY published"), [
                ["alpha", "2025-03-10", "1", "2", "2", "0"], ["beta", "2025-03-12", "1", "1", "2", "0"],
                ["alpha", "2025-03-15", "1", "0", "1", "1"],
            ])
            XCTAssertEqual(try ReportingFixtures.rows(conn, "SELECT * FROM reporting.extraction_coverage ORDER BY source"), [
                ["alpha", "2025-03-01", "2", "1", "1", "3", "2", "0"], ["beta", "2025-03-01", "1", "1", "0", "2", "1", "1"],
            ])
            XCTAssertEqual(try ReportingFixtures.rows(conn, "SELECT * FROM reporting.articles_without_dated_events"), [
                ["बाजार", "https://reporting.test/market", "2025-03-15", "alpha", "1", "0", "https://reporting.test/market"],
            ])
            XCTAssertEqual(try ReportingFixtures.rows(conn, "SELECT * FROM reporting.unresolved_expressions"), [
                ["अभी", "DATE", "PRESENT_REF", "vague", "82", "लावरोव और वांग यी की बात", "https://reporting.test/phone", "2025-03-12", "beta"],
            ])
            XCTAssertEqual(try ReportingFixtures.rows(conn, "SELECT * FROM reporting.provisional_actors"), [
                ["provisional:रमेश कुलकर्णी", "रमेश कुलकर्णी", "person", "1", "1", "2025-04-01", "2025-04-30", "role:प्रवक्ता",
                 "प्रवक्ता रमेश कुलकर्णी ने कहा कि अगले महीने एक समझौता होगा।"],
            ])
        }
    }

    func testEventLogAndActorsViews() throws {
        try withReportingDatabase { conn in
            XCTAssertEqual(try ReportingFixtures.rows(conn, """
                SELECT event_type, count(*)::text FROM reporting.event_log GROUP BY event_type ORDER BY event_type
                """), [["ArticleExtracted", "3"], ["ArticleIngested", "3"]])
            XCTAssertEqual(try ReportingFixtures.rows(conn, """
                SELECT (SELECT count(*) FROM reporting.event_log)::text, (SELECT count(*) FROM events)::text
                """), [["6", "6"]])
            let lavrov = try ReportingFixtures.rows(conn, """
                SELECT actor, latin_name, kind, 'लावरोव' = ANY (aliases) FROM reporting.actors WHERE actor_id = 'sergey-lavrov'
                """)
            XCTAssertEqual(lavrov, [["सर्गेई लावरोव", "Sergey Lavrov", "person", "t"]])
        }
    }

    func testEveryViewAndColumnIsDocumented() throws {
        try TestDatabase.withFresh { conn, _ in
            try ReportingFixtures.migrate(conn)
            let undocumented = try ReportingFixtures.rows(conn, """
                SELECT c.relname || coalesce('.' || a.attname, '')
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
                WHERE n.nspname = 'reporting' AND c.relkind = 'v'
                  AND (obj_description(c.oid, 'pg_class') IS NULL OR (a.attname IS NOT NULL AND col_description(c.oid, a.attnum) IS NULL))
                ORDER BY 1
                """)
            XCTAssertEqual(undocumented, [])
            XCTAssertEqual(try ReportingFixtures.rows(conn, """
                SELECT count(*)::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'reporting' AND c.relkind = 'v'
                """), [["17"]])
            XCTAssertEqual(try ReportingFixtures.rows(conn, """
                SELECT p.provolatile::text, p.prosecdef::text, obj_description(p.oid, 'pg_proc') IS NOT NULL
                FROM pg_proc p WHERE p.oid = 'reporting.most_active_actors(date, date, integer)'::regprocedure
                """), [["s", "false", "t"]])
        }
    }
}
