import Foundation
import HindiTemporal
import Timelines

extension APIHandler {
    /// `GET /v1/entries/{id}`: the entry's explanation, as `timeline explain ID --format json`.
    func getEntry(_ input: Operations.GetEntry.Input) async throws -> Operations.GetEntry.Output {
        let id: String
        do {
            id = try EntryID.normalized(input.path.id)
        } catch {
            return .badRequest(APIProblem.badRequest("'\(input.path.id)' is not an entry id (ten characters such as k3v0q8x2mw, "
                                                     + "the `id` of a timeline entry).", parameter: "id").response)
        }
        let explanation = try await pool.read { connection -> EntryExplanation? in
            do {
                return try EntryExplainer(connection: connection).explain(id)
            } catch EntryExplainerError.unknownEntry {
                return nil
            }
        }
        guard let explanation else {
            return .notFound(APIProblem.notFound(kind: "unknown-entry", title: "Unknown entry",
                                                 "No timeline entry has the id '\(id)'.").response)
        }
        return .ok(.init(body: .json(try SchemaMapping.explanation(explanation))))
    }

    /// `GET /v1/events?from&to&actor&limit`.
    func listEvents(_ input: Operations.ListEvents.Input) async throws -> Operations.ListEvents.Output {
        let q = input.query
        let from: CalendarDay?, to: CalendarDay?, limit: Int
        do throws(APIProblem) {
            (from, to) = try Self.dayRange(from: q.from, to: q.to)
            limit = try Self.limit(q.limit, default: 50, max: 1000)
        } catch {
            return .badRequest(error.response)
        }
        var actorID: String?
        if let name = q.actor {
            do {
                actorID = try await resolveActor(name, parameter: "actor").id
            } catch let problem as APIProblem {
                return problem.status == 404 ? .notFound(problem.response) : .badRequest(problem.response)
            }
        }
        let events = try await pool.read { [actorID] connection in
            try EventQueries(connection: connection).events(actorID: actorID, from: from, to: to, limit: limit)
        }
        return .ok(.init(body: .json(.init(events: events.map(SchemaMapping.event)))))
    }

    /// `GET /v1/events/{id}`: the event (or the one a merged id leads to) with every report.
    func getEvent(_ input: Operations.GetEvent.Input) async throws -> Operations.GetEvent.Output {
        let id = input.path.id.lowercased()
        let found = EventQueries.isEventID(id) ? try await pool.read { try EventQueries(connection: $0).event(id) } : nil
        guard let (event, reports) = found else {
            return .notFound(APIProblem.notFound(kind: "unknown-event", title: "Unknown event",
                                                 "No event has the id '\(input.path.id)'. GET /v1/events lists events.").response)
        }
        let body = Components.Schemas.EventDetail(value1: SchemaMapping.event(event),
                                                  value2: .init(reports: reports.map(SchemaMapping.report)))
        return .ok(.init(body: .json(body)))
    }

    /// `GET /v1/status`.
    func getStatus(_ input: Operations.GetStatus.Input) async throws -> Operations.GetStatus.Output {
        let status = try await pool.read { try TimelineStatus.read(connection: $0) }
        return .ok(.init(headers: .init(cacheControl: "no-store"), body: .json(SchemaMapping.status(status))))
    }
}
