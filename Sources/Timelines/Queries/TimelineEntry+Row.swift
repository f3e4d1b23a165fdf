import Postgres

extension TimelineEntry {
    /// An entry from a row with the columns the timeline queries select.
    init(row: PostgresRow) throws {
        self.init(
            id: try row.string("entry_id"), actorID: try row.string("actor_id"), actorName: try row.string("actor_name"),
            value: try row.string("value"), granularity: try row.string("granularity"),
            firstDay: try row.string("first_day"), lastDay: try row.string("last_day"),
            expression: try row.string("expression"), sentence: try row.string("sentence"),
            otherActors: JSONText.strings(try row.string("other_names")),
            otherActorIDs: JSONText.strings(try row.string("other_ids")),
            articleTitle: try row.string("title"), articleURL: row["url"],
            articleIdentifier: try row.string("identifier"), published: try row.string("published"),
            evidence: try row.string("evidence")
        )
    }
}
