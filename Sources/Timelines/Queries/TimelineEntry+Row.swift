import Postgres

extension TimelineEntry {
    /// Entries from a result with the columns of `TimelineQueries.entryColumns`, read in place
    /// by column position (looked up once per answer, not once per cell).
    static func entries(_ result: PostgresResultView) throws -> [TimelineEntry] {
        guard result.count > 0 else { return [] }
        let c = try EntryColumns(result)
        var entries: [TimelineEntry] = []
        entries.reserveCapacity(result.count)
        for row in 0..<result.count {
            func text(_ column: Int) throws -> String { try result.string(row: row, at: column) }
            entries.append(TimelineEntry(
                id: try text(c.id), actorID: try text(c.actorID), actorName: try text(c.actorName),
                value: try text(c.value), granularity: try text(c.granularity),
                firstDay: try text(c.firstDay), lastDay: try text(c.lastDay),
                expression: try text(c.expression), sentence: try text(c.sentence),
                otherActors: try result.stringArray(row: row, at: c.otherNames),
                otherActorIDs: try result.stringArray(row: row, at: c.otherIDs),
                articleTitle: try text(c.title), articleURL: try result.optionalString(row: row, at: c.url),
                articleIdentifier: try text(c.identifier), published: try text(c.published),
                evidence: try text(c.evidence)
            ))
        }
        return entries
    }

    /// Column positions of `TimelineQueries.entryColumns`.
    private struct EntryColumns {
        let id, actorID, actorName, value, granularity, firstDay, lastDay, expression, sentence, evidence: Int
        let otherNames, otherIDs, title, url, identifier, published: Int

        init(_ rows: PostgresResultView) throws {
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
