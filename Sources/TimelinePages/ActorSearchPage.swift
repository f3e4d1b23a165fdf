import Foundation
import Timelines

/// The start page of `timeline serve` and its search results: actors with their kind and entry
/// count, each linked to its timeline (`/actors/ID`).
///
/// `ActorSearchPage(query: "किम", actors: [kim, kimYoJong], note: "'किम' could be several actors.").render()`
/// lists both, each as `<a href="/actors/kim-jong-un" lang="hi">किम जोंग उन</a>`.
public struct ActorSearchPage {
    public var query: String
    public var actors: [ActorSummary]
    /// A sentence above the list ("No actor is known as …").
    public var note: String?

    public init(query: String, actors: [ActorSummary], note: String? = nil) {
        self.query = query
        self.actors = actors
        self.note = note
    }

    public func render() -> String {
        var body = query.isEmpty ? "<h1>Timelines</h1>\n<p>Find an actor by any name or alias, in Devanagari or Latin script. "
            + "The busiest actors:</p>\n" : "<h1>Actors for “<span lang=\"hi\">\(HTMLText.escape(query))</span>”</h1>\n"
        if let note { body += "<p class=\"note\">\(HTMLText.escape(note))</p>\n" }
        if actors.isEmpty {
            body += "<p class=\"empty\">No actor.</p>\n"
        } else {
            body += "<ul class=\"actors\">\n"
            for actor in actors {
                body += "<li><a href=\"/actors/\(Self.pathComponent(actor.id))\" lang=\"hi\">\(HTMLText.escape(actor.name))</a>"
                if !actor.latinName.isEmpty { body += " <span class=\"latin\">\(HTMLText.escape(actor.latinName))</span>" }
                body += "<span class=\"kind\">\(HTMLText.escape(actor.kind))\(actor.provisional ? ", provisional" : "")</span>"
                body += "<span class=\"count\">\(actor.entryCount) \(actor.entryCount == 1 ? "entry" : "entries")</span>"
                body += "</li>\n"
            }
            body += "</ul>\n"
        }
        return PageShell.document(title: query.isEmpty ? "Timelines" : "\(query) — actors", query: query, body: body)
    }

    /// An actor id made safe for a URL path.
    public static func pathComponent(_ id: String) -> String {
        id.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(.init(charactersIn: "/?#"))) ?? id
    }
}
