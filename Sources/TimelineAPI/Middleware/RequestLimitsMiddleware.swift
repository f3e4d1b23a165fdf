import Hummingbird

/// Bounds on what one request may ask of the server: a URI of at most `maxURILength` bytes
/// (414) and a body of at most `maxBodyBytes` (413; the API itself reads none). Time is bounded
/// where it is spent: each query by the reader connections' statement timeout (a 503 problem),
/// and an idle client by the server's idle timeout.
struct RequestLimitsMiddleware<Context: RequestContext>: RouterMiddleware {
    let maxURILength: Int
    let maxBodyBytes: Int

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if request.uri.description.utf8.count > maxURILength {
            throw APIProblem(status: 414, kind: "uri-too-long", title: "URI too long",
                             detail: "The request's URI is longer than \(maxURILength) bytes.", parameter: nil)
        }
        if let length = request.headers[.contentLength].flatMap(Int.init), length > maxBodyBytes {
            throw APIProblem(status: 413, kind: "body-too-large", title: "Content too large",
                             detail: "The request's body is longer than \(maxBodyBytes) bytes.", parameter: nil)
        }
        return try await next(request, context)
    }
}
