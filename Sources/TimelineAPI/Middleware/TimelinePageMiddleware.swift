import Foundation
import Hummingbird
import NIOCore
import Timelines

/// The hot path of the API: `GET /v1/actors/{id}/timeline` answered with `TimelinePageJSON`
/// instead of `JSONEncoder`. Everything else about the request — checking the parameters, the
/// actor, the query, the ETag — is the generated handler's own code (`APIHandler.timeline`), and
/// the bytes are those the generated path sends (a test compares them). Measured on this 2-core
/// machine with `timeline bench serve`, encoding a 100-entry page was half of the server's time
/// through `JSONEncoder`; `--no-fast-json` turns this off.
struct TimelinePageMiddleware<Context: RequestContext>: RouterMiddleware {
    let handler: APIHandler

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.method == .get, let actorID = Self.actorID(request.uri.path) else { return try await next(request, context) }
        let query = FormQuery(request.uri.query)
        var parsed = TimelineRequest(actorID: actorID, from: query["from"], to: query["to"], with: query["with"],
                                     asOf: query["as_of"], cursor: query["cursor"], ifNoneMatch: request.headers[.ifNoneMatch])
        if let limit = query["limit"] {
            guard let number = Int(limit) else {
                throw APIProblem.badRequest("limit '\(limit.prefix(40))' is not a whole number.", parameter: "limit")
            }
            parsed.limit = number
        }
        switch query["order"] {
        case nil, "oldest": parsed.newestFirst = false
        case "newest": parsed.newestFirst = true
        case let order?: throw APIProblem.badRequest("order '\(order.prefix(40))' is neither oldest nor newest.", parameter: "order")
        }
        switch try await handler.timeline(parsed) {
        case .problem(let problem):
            throw problem
        case .notModified(let tag):
            return Response(status: .notModified, headers: [.eTag: tag])
        case .page(_, _, _, let json, let tag):
            return Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8", .eTag: tag],
                            body: .init(byteBuffer: ByteBuffer(bytes: json)))
        }
    }

    /// The actor id of `/v1/actors/{id}/timeline`, percent-decoded; nil for any other path.
    static func actorID(_ path: String) -> String? {
        guard path.hasPrefix("/v1/actors/"), path.hasSuffix("/timeline") else { return nil }
        let middle = path.dropFirst("/v1/actors/".count).dropLast("/timeline".count)
        guard !middle.isEmpty, !middle.contains("/") else { return nil }
        return String(middle).removingPercentEncoding
    }
}
