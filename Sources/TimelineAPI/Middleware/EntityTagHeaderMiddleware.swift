import Hummingbird

/// Writes the `ETag` of an answer in its HTTP form, quoted (`"2df0d08a…"`). The handlers give the
/// bare tag through the generated code, which would escape quotes in a header value.
struct EntityTagHeaderMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        if let tag = response.headers[.eTag], !tag.hasPrefix("\""), !tag.hasPrefix("W/") {
            response.headers[.eTag] = "\"\(tag)\""
        }
        return response
    }
}
