import Foundation
import Timelines

/// An actor's timeline as `timeline serve` shows it: the page of `timeline actor --format html`,
/// with the search bar, a filter form (from, to, with) that works without JavaScript, entry ids
/// linked to their explanations, and a link to the next page.
///
/// `ServedTimelinePage(actor: lavrov, filters: .init(from: "2025-07-01"), page: page).render()`
public struct ServedTimelinePage {
    /// The filters of the form, as typed.
    public struct Filters: Sendable, Equatable {
        public var from: String
        public var to: String
        public var with: String
        public var order: String

        public init(from: String = "", to: String = "", with: String = "", order: String = "oldest") {
            self.from = from
            self.to = to
            self.with = with
            self.order = order
        }
    }

    public var actor: ActorSummary
    public var filters: Filters
    public var page: TimelinePageResult
    /// A problem with the filters, shown above the timeline.
    public var problem: String?

    public init(actor: ActorSummary, filters: Filters, page: TimelinePageResult, problem: String? = nil) {
        self.actor = actor
        self.filters = filters
        self.page = page
        self.problem = problem
    }

    public func render() -> String {
        var used: [HTMLTimeline.Filter] = []
        if !filters.from.isEmpty { used.append(.init(name: "from", value: filters.from)) }
        if !filters.to.isEmpty { used.append(.init(name: "to", value: filters.to)) }
        if !filters.with.isEmpty { used.append(.init(name: "with", value: filters.with)) }
        if filters.order == "newest" { used.append(.init(name: "order", value: "newest first")) }
        var timeline = HTMLTimeline(actorName: actor.name, actorKind: actor.kind, filters: used, entries: page.entries)
        timeline.navigation = PageShell.navigation() + form()
        timeline.linksEntries = true
        if let next = page.next {
            var query = URLComponents()
            query.queryItems = [("from", filters.from), ("to", filters.to), ("with", filters.with), ("order", filters.order)]
                .filter { !$0.1.isEmpty }.map { URLQueryItem(name: $0.0, value: $0.1) } + [URLQueryItem(name: "cursor", value: next.token)]
            timeline.pageFooter = "<p class=\"paging\"><a rel=\"next\" href=\"/actors/\(ActorSearchPage.pathComponent(actor.id))"
                + "\(HTMLText.escape(query.string ?? ""))\">More entries →</a></p>\n"
        }
        return timeline.render()
    }

    private func form() -> String {
        var out = "<form class=\"filters\" method=\"get\" action=\"/actors/\(ActorSearchPage.pathComponent(actor.id))\">"
        out += "<label>From<input type=\"date\" name=\"from\" value=\"\(HTMLText.escape(filters.from))\"></label>"
        out += "<label>To<input type=\"date\" name=\"to\" value=\"\(HTMLText.escape(filters.to))\"></label>"
        out += "<label>With actor<input type=\"text\" name=\"with\" lang=\"hi\" value=\"\(HTMLText.escape(filters.with))\"></label>"
        out += "<label>Order<select name=\"order\"><option value=\"oldest\"\(filters.order == "newest" ? "" : " selected")>oldest first</option>"
        out += "<option value=\"newest\"\(filters.order == "newest" ? " selected" : "")>newest first</option></select></label>"
        out += "<button type=\"submit\">Filter</button></form>\n"
        if let problem { out += "<p class=\"problem\">\(HTMLText.escape(problem))</p>\n" }
        return out
    }
}
