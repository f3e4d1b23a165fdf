import Postgres

extension TimelineEntry {
    /// Entries from rows with the columns of `TimelineQueries.entryColumns`, read by column
    /// position (looked up once per answer, not once per cell).
    static func entries(_ rows: PostgresRows) throws -> [TimelineEntry] {
        guard !rows.isEmpty else { return [] }
        let c = try EntryColumns(rows)
        var entries: [TimelineEntry] = []
        entries.reserveCapacity(rows.count)
        for row in rows {
            entries.append(TimelineEntry(
                id: try row.string(at: c.id), actorID: try row.string(at: c.actorID), actorName: try row.string(at: c.actorName),
                value: try row.string(at: c.value), granularity: try row.string(at: c.granularity),
                firstDay: try row.string(at: c.firstDay), lastDay: try row.string(at: c.lastDay),
                expression: try row.string(at: c.expression), sentence: try row.string(at: c.sentence),
                otherActors: try row.stringArray(at: c.otherNames), otherActorIDs: try row.stringArray(at: c.otherIDs),
                articleTitle: try row.string(at: c.title), articleURL: row[c.url],
                articleIdentifier: try row.string(at: c.identifier), published: try row.string(at: c.published),
                evidence: try row.string(at: c.evidence)
            ))
        }
        return entries
    }

    /// Column positions of `TimelineQueries.entryColumns`.
    private struct EntryColumns {
        let id, actorID, actorName, value, granularity, firstDay, lastDay, expression, sentence, evidence: Int
        let otherNames, otherIDs, title, url, identifier, published: Int

        init(_ rows: PostgresRows) throws {
            id = try rows.position(of: "entry_id")
            actorID = try rows.position(of: "actor_id")
            actorName = try rows.position(of: "actor_name")
            value = try rows.position(of: "value")
            granularity = try rows.position(of: "granularity")
            firstDay = try rows.position(of: "first_day")
            lastDay = try rows.position(of: "last_day")
            expression = try rows.position(of: "expression")
            sentence = try rows.position(of: "sentence")
            evidence = try rows.position(of: "evidence")
            otherNames = try rows.position(of: "other_names")
            otherIDs = try rows.position(of: "other_ids")
            title = try rows.position(of: "title")
            url = try rows.position(of: "url")
            identifier = try rows.position(of: "identifier")
            published = try rows.position(of: "published")
        }
    }
}
