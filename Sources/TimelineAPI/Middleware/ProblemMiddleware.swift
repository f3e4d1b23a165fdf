import Foundation
import Hummingbird
import Logging
import OpenAPIRuntime
import Postgres

/// Every error becomes an RFC 9457 problem (`application/problem+json`): a parameter the
/// generated code could not read is a 400 that names it, an unknown path a 404, a failure of the
/// server a 500 whose details go to the log and not to the client.
///
/// `GET /v1/actors/x/timeline?limit=many` → `400 {"type":"/problems/bad-request","title":"Bad request","status":400,"detail":"…limit…"}`
struct ProblemMiddleware<Context: RequestContext>: RouterMiddleware {
    let logger: Logger

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let problem as APIProblem {
            return Self.response(problem)
        } catch let error as ServerError where error.underlyingError is APIProblem {
            return Self.response(error.underlyingError as! APIProblem)
        } catch let error as ServerError where (400..<500).contains(error.httpStatus.code) {
            return Self.response(Self.unreadable(request) ?? APIProblem(
                status: error.httpStatus.code, kind: "bad-request", title: "Bad request",
                detail: "The request could not be read: check its parameters against openapi.yaml.", parameter: nil))
        } catch let error as HTTPError where (400..<500).contains(error.status.code) {
            let kind = error.status == .notFound ? "not-found" : error.status.code == 401 ? "unauthorized" : "bad-request"
            var response = Self.response(APIProblem(status: error.status.code, kind: kind, title: error.status.reasonPhrase,
                                                    detail: error.body ?? error.status.reasonPhrase, parameter: nil))
            for field in error.headers { response.headers.append(field) }
            return response
        } catch let error where Self.queryCancelled(error) {
            return Self.response(APIProblem(status: 503, kind: "timeout", title: "Took too long",
                                            detail: "The answer took longer than the server allows; ask for less (from, to, limit).",
                                            parameter: nil))
        } catch {
            logger.error("request failed", metadata: ["path": "\(request.uri.path)", "error": "\(String(reflecting: error))"])
            return Self.response(APIProblem(status: 500, kind: "server-error", title: "Server error",
                                            detail: "The server could not answer this request; its log says why.", parameter: nil))
        }
    }

    /// A query the statement timeout cancelled (SQLSTATE 57014), thrown directly or through the generated code.
    static func queryCancelled(_ error: any Error) -> Bool {
        let underlying = (error as? ServerError)?.underlyingError ?? error
        return (underlying as? PostgresError)?.sqlState == "57014"
    }

    /// The typed query parameter the generated code could not read, named: a `limit` that is no
    /// whole number, an `order` other than oldest or newest.
    static func unreadable(_ request: Request) -> APIProblem? {
        let query = request.uri.queryParameters
        do throws(APIProblem) {
            if let limit = query["limit"] { _ = try APIHandler.limitText(String(limit)) }
            _ = try APIHandler.orderText(query["order"].map(String.init))
            return nil
        } catch {
            return error
        }
    }

    static func response(_ problem: APIProblem) -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let body = (try? encoder.encode(problem.schema)) ?? Data("{\"status\":\(problem.status)}".utf8)
        var headers = HTTPFields()
        headers[.contentType] = "application/problem+json; charset=utf-8"
        headers[.cacheControl] = "no-store"
        return Response(status: .init(code: problem.status), headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }
}
