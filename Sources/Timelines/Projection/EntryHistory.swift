import EventStore
import Foundation
import Postgres

/// Moves timeline rows that a later event took away into `timeline_entry_history`, unchanged,
/// with the time, position and reason of that event; `--as-of` reads both tables.
struct EntryHistory {
    let connection: PostgresConnection

    /// The rows of one article: all of them (a new revision) or those of some entries (a retraction).
    func move(stream: String, entryIDs: [String]? = nil, by event: RecordedEvent, reason: String) throws {
        try connection.query("""
            WITH moved AS (
                DELETE FROM timeline_entries
                WHERE stream_id = $1 AND ($2::text[] IS NULL OR entry_id = ANY ($2::text[]))
                RETURNING \(EntryRow.columns))
            INSERT INTO timeline_entry_history (\(EntryRow.columns), retracted_at, retracted_position, retraction)
            SELECT \(EntryRow.columns), $3::timestamptz, $4::bigint, $5::text FROM moved
            """, [.text(stream), entryIDs.map { .array($0) } ?? .null, .text(Timestamp.iso(event.recordedAt)),
                  .int(event.position), .text(reason)])
    }

    /// Entries of one article taken away by one event, to be moved with others in one statement.
    struct Move {
        var stream: String
        var entryIDs: Set<String>
        var event: RecordedEvent
        var reason: String
    }

    /// The rows of many moves in one statement. Returns, per stream, how many of its entries had rows.
    func move(_ moves: [Move]) throws -> [String: Int] {
        let pairs = moves.flatMap { move in move.entryIDs.sorted().map { (move, $0) } }
        guard !pairs.isEmpty else { return [:] }
        let rows = try connection.query("""
            WITH m AS (
                SELECT * FROM unnest($1::text[], $2::text[], $3::timestamptz[], $4::bigint[], $5::text[])
                    AS m(stream_id, entry_id, moved_at, moved_position, reason)),
            moved AS (
                DELETE FROM timeline_entries t USING m WHERE t.stream_id = m.stream_id AND t.entry_id = m.entry_id
                RETURNING t.*, m.moved_at, m.moved_position, m.reason)
            INSERT INTO timeline_entry_history (\(EntryRow.columns), retracted_at, retracted_position, retraction)
            SELECT \(EntryRow.columns), moved_at, moved_position, reason FROM moved
            RETURNING stream_id, entry_id
            """, [.array(pairs.map(\.0.stream)), .array(pairs.map(\.1)),
                  .array(pairs.map { Timestamp.iso($0.0.event.recordedAt) }), .array(pairs.map { String($0.0.event.position) }),
                  .array(pairs.map(\.0.reason))])
        var entries: [String: Set<String>] = [:]
        for row in rows { entries[try row.string("stream_id"), default: []].insert(try row.string("entry_id")) }
        return entries.mapValues(\.count)
    }

    /// Every row of actor `key`: into the history and, when `target` is given, back into the
    /// timelines under the target (recorded by `event`), unless the target already has that entry.
    func reattribute(_ key: String, to target: DatedEntry.ActorRef?, by event: RecordedEvent, reason: String) throws {
        try connection.query("""
            WITH moved AS (
                DELETE FROM timeline_entries WHERE actor_id = $1 RETURNING \(EntryRow.columns)),
            kept AS (
                INSERT INTO timeline_entry_history (\(EntryRow.columns), retracted_at, retracted_position, retraction)
                SELECT \(EntryRow.columns), $2::timestamptz, $3::bigint, $4::text FROM moved)
            INSERT INTO timeline_entries (\(EntryRow.columns))
            SELECT entry_id, $5::text, $6::text, $7::text, $8::boolean, evidence, first_day, last_day,
                   granularity, value, expression, expression_start, expression_end, sentence, sentence_index,
                   other_actor_ids, other_actor_names, stream_id, revision, extractor_version, gazetteer_revision,
                   $3::bigint, $2::timestamptz, article_title, article_url, article_identifier, article_published, places,
                   trigger, cameo, quad, realis, role, other_actor_roles, article_source
            FROM moved WHERE $5::text IS NOT NULL
            ON CONFLICT DO NOTHING
            """, [.text(key), .text(Timestamp.iso(event.recordedAt)), .int(event.position), .text(reason),
                  target.map { .text($0.key) } ?? .null, target.map { .text($0.name) } ?? .null,
                  target.map { .text($0.kind) } ?? .null, target.map { .bool($0.provisional) } ?? .null])
    }

    /// In the other-actor lists of every row: `key` replaced by `target` (or removed when `nil`),
    /// never listing a row's own actor or one actor twice. Renames pass the same key with a new name.
    func rewriteOthers(_ key: String, to target: DatedEntry.ActorRef?) throws {
        let rows = try connection.query("""
            SELECT actor_id, entry_id, array_to_json(other_actor_ids)::text AS ids,
                   array_to_json(other_actor_names)::text AS names, array_to_json(other_actor_roles)::text AS roles
            FROM timeline_entries WHERE $1 = ANY (other_actor_ids)
            """, [.text(key)])
        guard !rows.isEmpty else { return }
        var actorIDs: [String?] = [], entryIDs: [String?] = [], idLists: [String?] = [], nameLists: [String?] = []
        var roleLists: [String?] = []
        for row in rows {
            let actor = try row.string("actor_id")
            let ids = JSONText.strings(try row.string("ids")), names = JSONText.strings(try row.string("names"))
            // Rows recorded before roles were kept have none: their lists stay empty.
            let roles = JSONText.strings(try row.string("roles"))
            var newIDs: [String] = [], newNames: [String] = [], newRoles: [String] = []
            for (index, (id, name)) in zip(ids, names).enumerated() {
                let (finalID, finalName) = id == key ? (target?.key, target?.name) : (id, name)
                guard let finalID, let finalName, finalID != actor, !newIDs.contains(finalID) else { continue }
                newIDs.append(finalID)
                newNames.append(finalName)
                if index < roles.count { newRoles.append(roles[index]) }
            }
            actorIDs.append(actor)
            entryIDs.append(try row.string("entry_id"))
            idLists.append(try PostgresValue.arrayLiteral(newIDs))
            nameLists.append(try PostgresValue.arrayLiteral(newNames))
            roleLists.append(try PostgresValue.arrayLiteral(newRoles.count == newIDs.count ? newRoles : []))
        }
        try connection.query("""
            UPDATE timeline_entries e SET other_actor_ids = x.ids::text[], other_actor_names = x.names::text[],
                                          other_actor_roles = x.roles::text[]
            FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS x(a, e, ids, names, roles)
            WHERE e.actor_id = x.a AND e.entry_id = x.e
            """, [.array(actorIDs), .array(entryIDs), .array(idLists), .array(nameLists), .array(roleLists)])
    }
}
