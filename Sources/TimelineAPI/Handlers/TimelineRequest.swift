import Timelines

/// The parameters of `GET /v1/actors/{id}/timeline` as they came, before they are checked, and
/// what answering them gives: a page, "not modified", or a problem.
struct TimelineRequest: Sendable {
    var actorID: String
    var from: String?
    var to: String?
    var with: String?
    var asOf: String?
    var limit: Int?
    var newestFirst = false
    var cursor: String?
    var ifNoneMatch: String?
}

enum TimelineAnswer: Sendable {
    /// The page, and its JSON text as `TimelinePageJSON` writes it.
    case page(actor: ActorSummary, page: TimelinePageResult, newestFirst: Bool, json: [UInt8], tag: String)
    case notModified(tag: String)
    case problem(APIProblem)
}
