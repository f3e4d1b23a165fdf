import Postgres
import PostgresTestSupport
import XCTest

/// Events in the reporting views: one row per event with GDELT-style counts, one row per report.
final class ReportingEventClustersTests: XCTestCase {
    /// Published Monday 2025-03-10: on Saturday Jaishankar met Wang Yi in Beijing.
    static let meeting = ReportingFixtures.article("meeting", title: "बीजिंग में मुलाकात", published: "2025-03-10", source: "alpha", text: """
        विदेश मंत्री एस जयशंकर ने शनिवार को बीजिंग में वांग यी से मुलाकात की और सीमा पर शांति बनाए रखने पर लंबी बात की। \
        दोनों पक्षों ने व्यापार और उड़ानों को फिर शुरू करने पर भी चर्चा की और अगले दौर की बातचीत की तारीख तय करने का फैसला किया।
        """)
    /// The same story in another outlet, with a line of its own at the end.
    static let reprint = ReportingFixtures.article("meeting-copy", title: "जयशंकर-वांग वार्ता", published: "2025-03-10", source: "beta",
                                                   text: meeting.text + " (एजेंसी इनपुट के साथ)")
    /// A third outlet in its own words, published the next day.
    static let ownWords = ReportingFixtures.article("own-words", title: "वांग यी से मिले जयशंकर", published: "2025-03-11", source: "gamma", text: """
        चीन के विदेश मंत्री वांग यी और भारत के विदेश मंत्री एस जयशंकर की शनिवार को बीजिंग में मुलाकात हुई।
        """)

    func testEventsCountReportsArticlesAndSourcesAndEventReportsListThem() throws {
        try TestDatabase.withFresh { conn, _ in
            try ReportingFixtures.migrate(conn)
            try ReportingFixtures.ingest([Self.meeting, Self.reprint, Self.ownWords], into: conn)
            let rows = try ReportingFixtures.rows(conn, """
                SELECT first_day::text, last_day::text, cameo, realis, mentions::text, articles::text, sources::text,
                       reprinted_mentions::text, first_reported::text, last_reported::text,
                       'wang-yi' = ANY (actor_ids) AND 's-jaishankar' = ANY (actor_ids)
                FROM reporting.events WHERE first_day = '2025-03-08'
                """)
            XCTAssertEqual(rows, [["2025-03-08", "2025-03-08", "04", "actual", "3", "3", "3", "1", "2025-03-10", "2025-03-11", "t"]])
            let reports = try ReportingFixtures.rows(conn, """
                SELECT r.source, r.reprint_of IS NOT NULL, r.joined_by LIKE 'reprint of %', r.published::text
                FROM reporting.event_reports r JOIN reporting.events e ON e.event_id = r.event_id
                WHERE e.first_day = '2025-03-08' ORDER BY r.published, r.source
                """)
            XCTAssertEqual(reports, [["alpha", "f", "f", "2025-03-10"], ["beta", "t", "t", "2025-03-10"], ["gamma", "f", "f", "2025-03-11"]])
        }
    }

    func testTheMostReportedEventsOfAWeekAsTheReadmeAsksIt() throws {
        try TestDatabase.withFresh { conn, _ in
            try ReportingFixtures.migrate(conn)
            try ReportingFixtures.ingest([Self.meeting, Self.reprint, Self.ownWords], into: conn)
            let top = try ReportingFixtures.rows(conn, """
                SELECT e.first_day::text, e.mentions::text, e.sources::text
                FROM reporting.events e
                WHERE daterange(e.first_day, e.last_day, '[]') && daterange('2025-03-03', '2025-03-09', '[]')
                ORDER BY e.sources DESC, e.mentions DESC, e.event_id LIMIT 1
                """)
            XCTAssertEqual(top, [["2025-03-08", "3", "3"]])
        }
    }
}
