import HindiTemporal
import Postgres

extension TimelineEntry {
    /// Entries from rows with the columns of `TimelineQueries.entryColumns`, read in place by
    /// column position (looked up once per answer, not once per cell), as they arrive.
    struct Reader {
        /// The actor whose timeline is read (every row's).
        let actorID: String
        private(set) var entries: [TimelineEntry] = []
        private var columns: EntryColumns?

        init(actorID: String) {
            self.actorID = actorID
        }

        mutating func read(_ result: PostgresResultView) throws {
            let c = try columns ?? EntryColumns(result)
            columns = c
            for row in 0..<result.count {
                func text(_ column: Int) throws -> String { try result.string(row: row, at: column) }
                func day(_ column: Int) throws -> String { CalendarDay(dayNumber: try result.int(row: row, at: column)).iso }
                let url = try result.optionalString(row: row, at: c.url)
                let quad = try result.optionalString(row: row, at: c.quad)
                // The identifier is sent only when it differs from the URL.
                guard let identifier = try result.optionalString(row: row, at: c.identifier) ?? url else {
                    throw PostgresError(code: .decoding, message: "entry \(try text(c.id)) has neither identifier nor URL")
                }
                entries.append(TimelineEntry(
                    id: try text(c.id), actorID: actorID, actorName: try text(c.actorName),
                    value: try text(c.value), granularity: try text(c.granularity),
                    firstDay: try day(c.firstDay), lastDay: try day(c.lastDay),
                    expression: try text(c.expression), sentence: try text(c.sentence),
                    otherActors: try result.stringArray(row: row, at: c.otherNames),
                    otherActorIDs: try result.stringArray(row: row, at: c.otherIDs),
                    articleTitle: try text(c.title), articleURL: url,
                    articleIdentifier: identifier, published: try day(c.published),
                    evidence: try text(c.evidence),
                    places: try result.stringArray(row: row, at: c.places),
                    trigger: try result.optionalString(row: row, at: c.trigger),
                    cameo: try result.optionalString(row: row, at: c.cameo),
                    quad: quad.flatMap { Int($0) },
                    realis: try result.optionalString(row: row, at: c.realis),
                    role: try result.optionalString(row: row, at: c.role)
                ))
            }
        }
    }

    /// Column positions of `TimelineQueries.entryColumns`.
    private struct EntryColumns {
        let id, actorName, value, granularity, firstDay, lastDay, expression, sentence, evidence: Int
        let otherNames, otherIDs, title, url, identifier, published, places: Int
        let trigger, cameo, quad, realis, role: Int

        init(_ rows: PostgresResultView) throws {
            id = try rows.position(of: "entry_id")
            actorName = try rows.position(of: "actor_name")
            value = try rows.position(of: "value")
            granularity = try rows.position(of: "granularity")
            firstDay = try rows.position(of: "first_day_number")
            lastDay = try rows.position(of: "last_day_number")
            expression = try rows.position(of: "expression")
            sentence = try rows.position(of: "sentence")
            evidence = try rows.position(of: "evidence")
            otherNames = try rows.position(of: "other_names")
            otherIDs = try rows.position(of: "other_ids")
            title = try rows.position(of: "title")
            url = try rows.position(of: "url")
            identifier = try rows.position(of: "identifier")
            published = try rows.position(of: "published_number")
            places = try rows.position(of: "places")
            trigger = try rows.position(of: "trigger")
            cameo = try rows.position(of: "cameo")
            quad = try rows.position(of: "quad")
            realis = try rows.position(of: "realis")
            role = try rows.position(of: "role")
        }
    }
}
