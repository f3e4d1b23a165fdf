import Foundation

/// What the pages of `timeline serve` share: the navigation bar (a search form that works
/// without JavaScript), its style, and the document around pages other than a timeline.
///
/// `PageShell.document(title: "खोज", body: "<p>…</p>")` → a whole HTML page with the timeline's
/// Devanagari-first fonts, the navigation bar first, no script, and nothing loaded from elsewhere.
public enum PageShell {
    static let css = """
    nav.site { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: center; padding: 0 0 12px;
      margin-bottom: 16px; border-bottom: 1px solid var(--line); }
    nav.site a.home { font-weight: 600; color: var(--ink); text-decoration: none; }
    form.search, form.filters { display: flex; flex-wrap: wrap; gap: 6px 10px; align-items: end; margin: 0; }
    form label { display: flex; flex-direction: column; font-size: .85rem; color: var(--muted); }
    input[type=text], input[type=date], input[type=search], input[type=password] { font: inherit; padding: 4px 8px;
      border: 1px solid var(--line); border-radius: 4px; min-width: 10rem; }
    button { font: inherit; padding: 4px 14px; border: 1px solid var(--muted); border-radius: 4px; background: var(--band);
      cursor: pointer; }
    ul.actors { list-style: none; padding: 0; }
    ul.actors li { padding: 6px 0; border-bottom: 1px solid var(--band); }
    ul.actors .kind, ul.actors .count { color: var(--muted); font-size: .9rem; margin-left: 8px; }
    .paging { display: flex; gap: 16px; margin: 18px 0; }
    .explanation pre { white-space: pre-wrap; background: var(--band); padding: 12px; border-radius: 6px; }
    .problem { color: var(--day); }
    """

    /// The navigation bar: the home link and the actor search (`GET /?q=…`).
    public static func navigation(query: String = "") -> String {
        "<nav class=\"site\"><a class=\"home\" href=\"/\">Timelines</a>"
            + "<form class=\"search\" method=\"get\" action=\"/\" role=\"search\">"
            + "<label>Actor<input type=\"search\" name=\"q\" value=\"\(HTMLText.escape(query))\" lang=\"hi\" "
            + "placeholder=\"लावरोव, Kim Jong Un …\" required></label><button type=\"submit\">Find</button></form></nav>\n"
    }

    /// A whole page: the navigation bar, then `body`.
    public static func document(title: String, query: String = "", body: String) -> String {
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            + "<title>\(HTMLText.escape(title))</title>\n<style>\n\(HTMLTimelineStyle.css)\n\(css)</style>\n</head>\n<body>\n"
            + navigation(query: query) + "<main>\n" + body + "</main>\n</body>\n</html>\n"
    }

    /// A page that says what went wrong.
    public static func problem(title: String, message: String) -> String {
        document(title: title, body: "<h1>\(HTMLText.escape(title))</h1>\n<p class=\"problem\">\(HTMLText.escape(message))</p>\n")
    }
}
