import Foundation
import Postgres

/// A name that looks like an actor but is not in the gazetteer, with what curation needs to
/// decide about it: how often it dates something, how it was found, and a sample sentence.
///
/// "प्रवक्ता राजेश वर्मा ने सोमवार को कहा …" gives `provisional:राजेश वर्मा` with evidence
/// `role:प्रवक्ता`, one entry, that sentence as the sample.
public struct ProvisionalActor: Sendable, Codable, Equatable {
    public var id: String
    public var name: String
    public var entries: Int
    public var articles: Int
    /// Distinct evidence strings, e.g. `role:प्रवक्ता`, `tag:…`, `latin:…`.
    public var evidence: [String]
    public var sampleSentence: String
    public var sampleEntryID: String

    /// The provisional actors with entries, most entries first.
    public static func all(connection: PostgresConnection, limit: Int? = nil) throws -> [ProvisionalActor] {
        let rows = try connection.query("""
            SELECT actor_id, max(actor_name) AS name, count(*) AS entries, count(DISTINCT stream_id) AS articles,
                   array_to_json(array_agg(DISTINCT evidence))::text AS evidence,
                   (array_agg(sentence ORDER BY recorded_at, entry_id))[1] AS sample,
                   (array_agg(entry_id ORDER BY recorded_at, entry_id))[1] AS sample_id
            FROM timeline_entries WHERE provisional
            GROUP BY actor_id ORDER BY count(*) DESC, actor_id LIMIT $1
            """, [limit.map { .int(Int64($0)) } ?? .null])
        return try rows.map { row in
            ProvisionalActor(id: try row.string("actor_id"), name: try row.string("name"),
                             entries: Int(try row.int64("entries")), articles: Int(try row.int64("articles")),
                             evidence: JSONText.strings(try row.string("evidence")),
                             sampleSentence: try row.string("sample").trimmingCharacters(in: .whitespacesAndNewlines),
                             sampleEntryID: try row.string("sample_id"))
        }
    }
}
