import Foundation
import Postgres
@testable import Timelines

/// Articles with names the gazetteer does not know, and helpers for curation tests.
enum CurationFixtures {
    /// Published Tuesday 2025-07-15. "राजेश वर्मा" is found by the role pattern "प्रवक्ता".
    static let spokesman = TimelineFixtures.article("spokesman", published: "2025-07-15", text: """
        विदेश मंत्रालय के प्रवक्ता राजेश वर्मा ने सोमवार को कहा कि जयशंकर अगले सप्ताह टोक्यो जाएंगे। \
        वर्मा ने बताया कि पिछले महीने भी बातचीत हुई थी।
        """)

    /// Published Friday 2025-07-18: the same spokesman, named without the role.
    static let followUp = TimelineFixtures.article("follow-up", published: "2025-07-18", text: """
        राजेश वर्मा ने गुरुवार को संवाददाताओं से बात की।
        """)

    static let provisionalKey = "provisional:राजेश वर्मा"

    /// Appends `event` at the current curation version and applies it.
    static func curate(_ event: ActorCurationEvent, _ connection: PostgresConnection) throws {
        let log = CurationLog(connection: connection)
        try log.append(event, expectedVersion: try log.state().version)
        try TimelineProjection(connection: connection).catchUp()
    }

    /// (actor id, entry id, other actor ids) of every current row, sorted.
    static func rows(_ connection: PostgresConnection) throws -> [String] {
        try connection.query("""
            SELECT actor_id || ' ' || entry_id || ' [' || array_to_string(other_actor_ids, ',') || '] ' || actor_name AS r
            FROM timeline_entries ORDER BY actor_id, entry_id
            """).map { try $0.string("r") }
    }

    /// The moment the server says it is now (recording times come from the server clock).
    static func now(_ connection: PostgresConnection) throws -> Date {
        let text = try connection.query("SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') AS t")[0].string("t")
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: text)!
    }
}
