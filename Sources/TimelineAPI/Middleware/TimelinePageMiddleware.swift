import Foundation
import CompressNIO
import Hummingbird
import NIOCore
import Timelines

/// The hot path of the API: `GET /v1/actors/{id}/timeline` answered with `TimelinePageJSON`
/// instead of `JSONEncoder`. Everything else about the request — checking the parameters, the
/// actor, the query, the ETag — is the generated handler's own code (`APIHandler.timeline`), and
/// the bytes are those the generated path sends (a test compares them). Measured on this 2-core
/// machine with `timeline bench serve`, encoding a 100-entry page was half of the server's time
/// through `JSONEncoder`; `--no-fast-json` turns this off. Pages are also kept, gzipped, in a
/// `PageCache` while the read model stays where it is (`--page-cache-mb 0` turns that off).
struct TimelinePageMiddleware<Context: RequestContext>: RouterMiddleware {
    let handler: APIHandler
    /// Pages kept while the read model does not move (nil: none kept).
    let cache: PageCache?

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.method == .get, let actorID = Self.actorID(request.uri.path) else { return try await next(request, context) }
        let query = FormQuery(request.uri.query)
        var parsed = TimelineRequest(actorID: actorID, from: query["from"], to: query["to"], with: query["with"],
                                     asOf: query["as_of"], cursor: query["cursor"], ifNoneMatch: request.headers[.ifNoneMatch])
        if let limit = query["limit"] { parsed.limit = try APIHandler.limitText(limit) }
        parsed.newestFirst = try APIHandler.orderText(query["order"])
        let gzip = GzipMiddleware<Context>.acceptsGzip(request.headers[.acceptEncoding])
        let key = Self.cacheKey(parsed)
        let version = cache == nil ? nil : try await handler.pool.read { try ReadModelVersion.read($0) }
        if let cache, let version, let kept = cache.page(for: key, at: version) {
            return try Self.response(kept, ifNoneMatch: parsed.ifNoneMatch, gzip: gzip)
        }
        switch try await handler.timeline(parsed) {
        case .problem(let problem):
            throw problem
        case .notModified(let tag):
            return Response(status: .notModified, headers: [.eTag: tag])
        case .page(_, _, _, let json, let tag):
            if let cache, let version, gzip, let kept = cache.keep(json, tag: tag, for: key, at: version) {
                return try Self.response(kept, ifNoneMatch: nil, gzip: true)
            }
            if let cache, let version, !gzip { _ = cache.keep(json, tag: tag, for: key, at: version) }
            return Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8", .eTag: tag],
                            body: .init(byteBuffer: ByteBuffer(bytes: json)))
        }
    }

    /// A kept page: 304 when the client has it, its gzip bytes as they are when the client takes
    /// gzip, else the bytes unpacked.
    static func response(_ page: PageCache.Page, ifNoneMatch: String?, gzip: Bool) throws -> Response {
        if let ifNoneMatch, EntityTag.matches(ifNoneMatch, page.tag) { return Response(status: .notModified, headers: [.eTag: page.tag]) }
        var headers: HTTPFields = [.contentType: "application/json; charset=utf-8", .eTag: page.tag]
        if gzip {
            headers[.contentEncoding] = "gzip"
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: page.gzip))
        }
        var packed = page.gzip
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: try packed.decompress(with: .gzip())))
    }

    /// The request's parameters in one fixed form (not the conditional header).
    static func cacheKey(_ r: TimelineRequest) -> String {
        [r.actorID, r.from ?? "", r.to ?? "", r.with ?? "", r.asOf ?? "", r.limit.map(String.init) ?? "",
         r.newestFirst ? "n" : "o", r.cursor ?? ""].joined(separator: "\u{1F}")
    }

    /// The actor id of `/v1/actors/{id}/timeline`, percent-decoded; nil for any other path.
    static func actorID(_ path: String) -> String? {
        guard path.hasPrefix("/v1/actors/"), path.hasSuffix("/timeline") else { return nil }
        let middle = path.dropFirst("/v1/actors/".count).dropLast("/timeline".count)
        guard !middle.isEmpty, !middle.contains("/") else { return nil }
        return String(middle).removingPercentEncoding
    }
}
