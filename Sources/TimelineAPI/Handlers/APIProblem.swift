import Foundation

/// What went wrong with a request, as an RFC 9457 problem: a type URI under `/problems/`, a
/// title that names the kind, a detail that names the value and the parameter at fault.
///
/// `APIProblem.badRequest("'July' is not a date; use YYYY-MM-DD.", parameter: "from")` →
/// `{"type":"/problems/bad-request","title":"Bad request","status":400,"detail":"'July' is not a date…","parameter":"from"}`
struct APIProblem: Error, Sendable, Equatable {
    var status: Int
    var kind: String
    var title: String
    var detail: String
    var parameter: String?

    static func badRequest(_ detail: String, parameter: String? = nil) -> APIProblem {
        APIProblem(status: 400, kind: "bad-request", title: "Bad request", detail: detail, parameter: parameter)
    }

    static func unknownActor(_ name: String, parameter: String? = nil) -> APIProblem {
        APIProblem(status: 404, kind: "unknown-actor", title: "Unknown actor",
                   detail: "No actor is known as '\(name)'. GET /v1/actors?q=NAME finds actors by any alias.", parameter: parameter)
    }

    static func notFound(kind: String, title: String, _ detail: String) -> APIProblem {
        APIProblem(status: 404, kind: kind, title: title, detail: detail, parameter: nil)
    }

    /// The problem as the API's schema has it.
    var schema: Components.Schemas.Problem {
        Components.Schemas.Problem(_type: "/problems/\(kind)", title: title, status: status, detail: detail, parameter: parameter)
    }

    var response: Components.Responses.Problem { .init(body: .applicationProblemJson(schema)) }
}
