import Foundation
import HindiTemporal
import Timelines

extension APIHandler {
    /// `GET /v1/actors/{id}/timeline?from&to&with&as_of&limit&order&cursor`: one page, with its
    /// ETag; `304` when `If-None-Match` names the page as it is now.
    func getTimeline(_ input: Operations.GetTimeline.Input) async throws -> Operations.GetTimeline.Output {
        let q = input.query
        let request = TimelineRequest(actorID: input.path.id, from: q.from, to: q.to, with: q.with, asOf: q.asOf, limit: q.limit,
                                      newestFirst: q.order == .newest, cursor: q.cursor, ifNoneMatch: input.headers.ifNoneMatch)
        switch try await timeline(request) {
        case .problem(let problem):
            return problem.status == 404 ? .notFound(problem.response) : .badRequest(problem.response)
        case .notModified(let tag):
            return .notModified(.init(headers: .init(eTag: tag)))
        case .page(let actor, let page, let newestFirst, _, let tag):
            let body = Components.Schemas.TimelinePage(
                actor: SchemaMapping.actor(actor), order: newestFirst ? .newest : .oldest,
                entries: page.entries.map(SchemaMapping.entry), next: page.next?.token)
            return .ok(.init(headers: .init(eTag: tag), body: .json(body)))
        }
    }

    /// Checks the parameters, finds the actor, reads the page and its tag.
    func timeline(_ request: TimelineRequest) async throws -> TimelineAnswer {
        var filter = TimelineFilter()
        let newestFirst = request.newestFirst
        var cursor: TimelineCursor?
        do throws(APIProblem) {
            (filter.from, filter.to) = try Self.dayRange(from: request.from, to: request.to)
            filter.limit = try Self.limit(request.limit, default: 100, max: 1000)
            if let asOf = request.asOf {
                guard let moment = MomentParser.parse(asOf, timeZone: TimeZone(secondsFromGMT: 0)!) else {
                    throw APIProblem.badRequest("'\(asOf)' is not a moment; use e.g. 2025-07-01T12:00Z or 2025-07-01 (UTC).",
                                                parameter: "as_of")
                }
                filter.asOf = moment
            }
            if let text = request.cursor {
                guard let read = TimelineCursor(token: text) else {
                    throw APIProblem.badRequest("The cursor is not one this server gave; pass the `next` of the previous page.",
                                                parameter: "cursor")
                }
                guard read.newestFirst == newestFirst else {
                    throw APIProblem.badRequest("The cursor belongs to a page in the other order; keep `order` as it was.",
                                                parameter: "cursor")
                }
                cursor = read
            }
        } catch {
            return .problem(error)
        }
        let actor: ActorSummary
        do {
            actor = try await actorForPath(request.actorID)
            if let with = request.with { filter.withActor = try await resolveActor(with, parameter: "with").id }
        } catch let problem as APIProblem {
            return .problem(problem)
        }
        let page = try await pool.read { [filter, cursor] connection in
            try TimelineQueries(connection: connection).page(actorID: actor.id, filter: filter, after: cursor, newestFirst: newestFirst)
        }
        let json = TimelinePageJSON.bytes(actor: actor, page: page, newestFirst: newestFirst)
        let tag = EntityTag.of(json: json)
        if let match = request.ifNoneMatch, EntityTag.matches(match, tag) { return .notModified(tag: tag) }
        return .page(actor: actor, page: page, newestFirst: newestFirst, json: json, tag: tag)
    }

    /// The actor of a path: its id exactly (a name is not accepted there).
    func actorForPath(_ id: String) async throws -> ActorSummary {
        let catalog = self.catalog
        guard let actor = try await pool.read({ try catalog.actor(id: id, $0) }) else { throw APIProblem.unknownActor(id) }
        return actor
    }
}
