import Timelines

extension APIHandler {
    /// `GET /v1/actors?q=लावरोफ`: the actor a name or alias gives (a near miss included), every
    /// candidate of an ambiguous name, or close suggestions; without `q`, the busiest actors.
    func searchActors(_ input: Operations.SearchActors.Input) async throws -> Operations.SearchActors.Output {
        let limit: Int
        do throws(APIProblem) { limit = try Self.limit(input.query.limit, default: 50, max: 500) } catch { return .badRequest(error.response) }
        let query = input.query.q?.trimmingCharacters(in: .whitespaces)
        let catalog = self.catalog
        let found = try await pool.read { connection -> [ActorSummary] in
            let snapshot = try catalog.snapshot(connection)
            guard let query, !query.isEmpty else { return Array(snapshot.ranked.prefix(limit)) }
            if let byID = snapshot.byID[query] { return [byID] }
            switch snapshot.matcher.resolve(query) {
            case .exact(let actor), .nearMiss(let actor, _): return [snapshot.summary(of: actor)]
            case .ambiguous(let actors): return actors.prefix(limit).map(snapshot.summary(of:))
            case .none(let suggestions): return suggestions.prefix(limit).map(snapshot.summary(of:))
            }
        }
        return .ok(.init(body: .json(.init(actors: found.map(SchemaMapping.actor)))))
    }

    /// `GET /v1/actors/{id}`.
    func getActor(_ input: Operations.GetActor.Input) async throws -> Operations.GetActor.Output {
        let id = input.path.id, catalog = self.catalog
        guard let actor = try await pool.read({ try catalog.actor(id: id, $0) }) else {
            return .notFound(APIProblem.unknownActor(id).response)
        }
        return .ok(.init(body: .json(SchemaMapping.actor(actor))))
    }
}
