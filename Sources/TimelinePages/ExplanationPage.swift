import Foundation
import Timelines

/// One entry's explanation as a page of `timeline serve`: the sentence with its date marked, then
/// what `timeline explain ID` says (value, anchor, rule, actors, event, history), with links to
/// the timelines of the actors that show it now.
///
/// `ExplanationPage(explanation: e, text: EntryExplanationText.render(e, emphasis: .plain)).render()`
public struct ExplanationPage {
    public var explanation: EntryExplanation
    /// The plain-text explanation of `timeline explain`.
    public var text: String

    public init(explanation: EntryExplanation, text: String) {
        self.explanation = explanation
        self.text = text
    }

    public func render() -> String {
        let e = explanation
        var body = "<article class=\"explanation\">\n<h1>Entry <code>\(HTMLText.escape(e.entryID))</code></h1>\n"
        body += "<p class=\"sentence\" lang=\"hi\">\(HTMLText.escape(e.marked.before))<mark>\(HTMLText.escape(e.marked.expression))</mark>"
            + "\(HTMLText.escape(e.marked.after))</p>\n"
        body += "<p class=\"facts\"><strong>\(HTMLText.escape(e.expression.value))</strong> (\(HTMLText.escape(e.expression.granularity)))"
            + " · \(HTMLText.escape(e.status.rawValue))</p>\n"
        if !e.currentActors.isEmpty {
            body += "<p>On the timelines of: " + e.currentActors.map {
                "<a href=\"/actors/\(ActorSearchPage.pathComponent($0.actorID))\" lang=\"hi\">\(HTMLText.escape($0.actorName))</a>"
            }.joined(separator: ", ") + "</p>\n"
        }
        if let url = HTMLText.webAddress(e.article.url) {
            body += "<p>Source: <a href=\"\(HTMLText.escape(url))\" rel=\"noreferrer\" lang=\"hi\">"
                + "\(HTMLText.escape(e.article.title.isEmpty ? url : e.article.title))</a>, \(HTMLText.escape(e.article.published))</p>\n"
        }
        body += "<pre lang=\"hi\">\(HTMLText.escape(text))</pre>\n</article>\n"
        return PageShell.document(title: "Entry \(e.entryID)", body: body)
    }
}
