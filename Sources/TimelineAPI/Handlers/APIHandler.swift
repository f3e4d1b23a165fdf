import Foundation
import HindiTemporal
import OpenAPIRuntime
import Timelines

/// The operations of `openapi.yaml`, over the read model. Every answer is read through the
/// `ReaderPool` (role `timeline_reader`), so none of them can write.
///
/// `GET /v1/actors/sergey-lavrov/timeline?limit=2` → `{"actor":{…},"order":"oldest","entries":[…],"next":"dDE6bzo…"}`
struct APIHandler: APIProtocol {
    let pool: ReaderPool
    let catalog: ActorCatalog

    init(pool: ReaderPool, catalog: ActorCatalog = ActorCatalog()) {
        self.pool = pool
        self.catalog = catalog
    }

    /// A day parameter, or the problem that names it.
    static func day(_ text: String?, parameter: String) throws(APIProblem) -> CalendarDay? {
        guard let text else { return nil }
        guard let day = CalendarDay(iso: text) else {
            throw APIProblem.badRequest("'\(text)' is not a date; use YYYY-MM-DD.", parameter: parameter)
        }
        return day
    }

    /// `from` and `to` as days, `to` not before `from`.
    static func dayRange(from: String?, to: String?) throws(APIProblem) -> (CalendarDay?, CalendarDay?) {
        let first = try day(from, parameter: "from"), last = try day(to, parameter: "to")
        if let first, let last, last < first {
            throw APIProblem.badRequest("to \(last.iso) is before from \(first.iso).", parameter: "to")
        }
        return (first, last)
    }

    /// A limit parameter within its bounds.
    static func limit(_ value: Int?, default fallback: Int, max: Int) throws(APIProblem) -> Int {
        guard let value else { return fallback }
        guard (1...max).contains(value) else {
            throw APIProblem.badRequest("limit must be between 1 and \(max), got \(value).", parameter: "limit")
        }
        return value
    }

    /// `limit` and `order` as written in a query string, read as the generated code reads them;
    /// the problems name them (`limit 'many' is not a whole number.`).
    static func limitText(_ text: String) throws(APIProblem) -> Int {
        guard let number = Int(text) else {
            throw APIProblem.badRequest("limit '\(text.prefix(40))' is not a whole number.", parameter: "limit")
        }
        return number
    }

    /// `true` for newest first; `oldest` and no order are oldest first.
    static func orderText(_ text: String?) throws(APIProblem) -> Bool {
        switch text {
        case nil, "oldest": return false
        case "newest": return true
        case let order?: throw APIProblem.badRequest("order '\(order.prefix(40))' is neither oldest nor newest.", parameter: "order")
        }
    }

    /// An actor named by id or any alias, as `timeline actor NAME` resolves it (a near miss included).
    func resolveActor(_ query: String, parameter: String) async throws -> ActorSummary {
        let catalog = self.catalog
        let found = try await pool.read { connection -> Result<ActorSummary, APIProblem> in
            if let byID = try catalog.actor(id: query, connection) { return .success(byID) }
            let snapshot = try catalog.snapshot(connection)
            switch snapshot.matcher.resolve(query) {
            case .exact(let actor), .nearMiss(let actor, _):
                return .success(snapshot.summary(of: actor))
            case .ambiguous(let actors):
                let names = actors.map { "\($0.canonicalName) (\($0.id))" }.joined(separator: ", ")
                return .failure(.badRequest("'\(query)' could be several actors: \(names). Give a fuller name or an id.",
                                            parameter: parameter))
            case .none:
                return .failure(.unknownActor(query, parameter: parameter))
            }
        }
        return try found.get()
    }
}
