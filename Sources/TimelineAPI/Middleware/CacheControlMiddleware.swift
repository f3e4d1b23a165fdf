import Hummingbird

/// `Cache-Control` on successful answers that set none: `no-cache` (a cache may keep the answer
/// but asks again, with its ETag, before using it), `private, no-cache` when the server asks for
/// a token, so no shared cache keeps what only token holders may read.
struct CacheControlMiddleware<Context: RequestContext>: RouterMiddleware {
    let value: String

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        if response.headers[.cacheControl] == nil, response.status.code < 400 { response.headers[.cacheControl] = value }
        return response
    }
}
