import Foundation
import HindiTemporal
import Timelines

extension APIHandler {
    /// `GET /v1/actors/{id}/timeline?from&to&with&as_of&limit&order&cursor`: one page, with its
    /// ETag; `304` when `If-None-Match` names the page as it is now.
    func getTimeline(_ input: Operations.GetTimeline.Input) async throws -> Operations.GetTimeline.Output {
        let q = input.query
        var filter = TimelineFilter()
        let newestFirst = q.order == .newest
        var cursor: TimelineCursor?
        do throws(APIProblem) {
            (filter.from, filter.to) = try Self.dayRange(from: q.from, to: q.to)
            filter.limit = try Self.limit(q.limit, default: 100, max: 1000)
            if let asOf = q.asOf {
                guard let moment = MomentParser.parse(asOf, timeZone: TimeZone(secondsFromGMT: 0)!) else {
                    throw APIProblem.badRequest("'\(asOf)' is not a moment; use e.g. 2025-07-01T12:00Z or 2025-07-01 (UTC).",
                                                parameter: "as_of")
                }
                filter.asOf = moment
            }
            if let text = q.cursor {
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
            return .badRequest(error.response)
        }
        let actor: ActorSummary
        do {
            actor = try await actorForPath(input.path.id)
            if let with = q.with { filter.withActor = try await resolveActor(with, parameter: "with").id }
        } catch let problem as APIProblem {
            return problem.status == 404 ? .notFound(problem.response) : .badRequest(problem.response)
        }
        let page = try await pool.read { [filter, cursor] connection in
            try TimelineQueries(connection: connection).page(actorID: actor.id, filter: filter, after: cursor, newestFirst: newestFirst)
        }
        let tag = EntityTag.of(actor: actor, page: page, newestFirst: newestFirst)
        if let match = input.headers.ifNoneMatch, EntityTag.matches(match, tag) {
            return .notModified(.init(headers: .init(eTag: tag)))
        }
        let body = Components.Schemas.TimelinePage(
            actor: SchemaMapping.actor(actor), order: newestFirst ? .newest : .oldest,
            entries: page.entries.map(SchemaMapping.entry), next: page.next?.token)
        return .ok(.init(headers: .init(eTag: tag), body: .json(body)))
    }

    /// The actor of a path: its id exactly (a name is not accepted there).
    func actorForPath(_ id: String) async throws -> ActorSummary {
        let catalog = self.catalog
        guard let actor = try await pool.read({ try catalog.actor(id: id, $0) }) else { throw APIProblem.unknownActor(id) }
        return actor
    }
}
