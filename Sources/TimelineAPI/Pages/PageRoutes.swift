import ActorRecognition
import Foundation
import Hummingbird
import Timelines
import TimelinePages

/// The browsable pages of `timeline serve`, server-rendered HTML that works without JavaScript:
/// `/` (actor search), `/actors/{id}` (the timeline on a time axis, filtered by date range and
/// co-actor), `/entries/{id}` (an entry's explanation), and `/login` when the server asks for a token.
struct PageRoutes {
    let pool: ReaderPool
    let catalog: ActorCatalog
    /// Names typed in the forms are resolved as the API resolves them.
    let handler: APIHandler
    let tokens: AccessTokens?

    func register(on router: Router<BasicRequestContext>) {
        router.get("/") { request, _ in try await search(FormQuery(request.uri.query)) }
        router.get("/actors/:id") { request, context in
            try await timeline(id: try context.parameters.require("id"), FormQuery(request.uri.query))
        }
        router.get("/entries/:id") { _, context in try await entry(id: try context.parameters.require("id")) }
        router.get("/favicon.ico") { _, _ in Response(status: .noContent) }
        if let tokens {
            router.get("/login") { _, _ in Self.html(.ok, LoginPage.render(problem: nil)) }
            router.post("/login") { request, _ in
                var request = request
                let body = try await request.collectBody(upTo: 4096)
                let form = FormQuery(String(buffer: body))
                guard let token = form.value("token"), tokens.accepts(token) else {
                    return Self.html(.unauthorized, LoginPage.render(problem: "That is not one of this server's tokens."))
                }
                var response = Response(status: .seeOther, headers: [.location: "/"])
                response.setCookie(Cookie(name: BearerTokenMiddleware<BasicRequestContext>.cookieName,
                                          value: AccessTokens.cookieValue(for: token), path: "/", httpOnly: true))
                response.headers[values: .setCookie] = response.headers[values: .setCookie].map { $0 + "; SameSite=Strict" }
                return response
            }
        }
    }

    /// `/?q=NAME`: one actor found goes straight to its timeline; several or none are listed.
    private func search(_ form: FormQuery) async throws -> Response {
        let query = form.value("q") ?? ""
        let catalog = self.catalog
        let (found, note) = try await pool.read { connection -> ([ActorSummary], String?) in
            let snapshot = try catalog.snapshot(connection)
            guard !query.isEmpty else { return (Array(snapshot.ranked.prefix(30)), nil) }
            if let byID = snapshot.byID[query] { return ([byID], nil) }
            switch snapshot.matcher.resolve(query) {
            case .exact(let actor), .nearMiss(let actor, _): return ([snapshot.summary(of: actor)], nil)
            case .ambiguous(let actors): return (actors.map(snapshot.summary(of:)), "'\(query)' could be several actors:")
            case .none(let suggestions):
                return (suggestions.prefix(10).map(snapshot.summary(of:)),
                        "No actor is known as '\(query)'." + (suggestions.isEmpty ? "" : " Did you mean:"))
            }
        }
        if !query.isEmpty, note == nil, let only = found.first {
            return Response(status: .seeOther, headers: [.location: "/actors/" + ActorSearchPage.pathComponent(only.id)])
        }
        return Self.html(.ok, ActorSearchPage(query: query, actors: found, note: note).render())
    }

    /// `/actors/{id}?from&to&with&order&cursor`.
    private func timeline(id: String, _ form: FormQuery) async throws -> Response {
        let catalog = self.catalog
        guard let actor = try await pool.read({ try catalog.actor(id: id, $0) }) else {
            return Self.html(.notFound, ActorSearchPage(query: id, actors: [], note: "No actor has the id '\(id)'.").render())
        }
        let filters = ServedTimelinePage.Filters(from: form.value("from") ?? "", to: form.value("to") ?? "",
                                                 with: form.value("with") ?? "",
                                                 order: form.value("order") == "newest" ? "newest" : "oldest")
        var filter = TimelineFilter(limit: 500)
        var problem: String?
        do {
            (filter.from, filter.to) = try APIHandler.dayRange(from: form.value("from"), to: form.value("to"))
        } catch {
            problem = error.detail
        }
        let newestFirst = filters.order == "newest"
        let cursor = form.value("cursor").flatMap(TimelineCursor.init(token:)).flatMap { $0.newestFirst == newestFirst ? $0 : nil }
        if let with = form.value("with") {
            do {
                filter.withActor = try await handler.resolveActor(with, parameter: "with").id
            } catch let refused as APIProblem {
                problem = refused.detail
            }
        }
        let page = problem != nil ? TimelinePageResult(entries: [], next: nil) : try await pool.read { [filter] connection in
            try TimelineQueries(connection: connection).page(actorID: actor.id, filter: filter, after: cursor, newestFirst: newestFirst)
        }
        return Self.html(problem == nil ? .ok : .badRequest,
                         ServedTimelinePage(actor: actor, filters: filters, page: page, problem: problem).render())
    }

    /// `/entries/{id}`.
    private func entry(id raw: String) async throws -> Response {
        guard let id = try? EntryID.normalized(raw) else {
            return Self.html(.badRequest, PageShell.problem(title: "Not an entry id",
                                                            message: "'\(raw.prefix(40))' is not an entry id (such as k3v0q8x2mw)."))
        }
        let explanation = try await pool.read { connection -> EntryExplanation? in
            try? EntryExplainer(connection: connection).explain(id)
        }
        guard let explanation else {
            return Self.html(.notFound, PageShell.problem(title: "Unknown entry", message: "No timeline entry has the id \(id)."))
        }
        return Self.html(.ok, ExplanationPage(explanation: explanation,
                                              text: EntryExplanationText.render(explanation, emphasis: .plain)).render())
    }

    static func html(_ status: HTTPResponse.Status, _ page: String) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8"],
                 body: .init(byteBuffer: ByteBuffer(string: page)))
    }
}
