/// The sign-in form of a `timeline serve` that asks for a token: one password field, posted to
/// `/login`; on success the server sets a cookie and the browser goes on to `/`.
///
/// `LoginPage.render(problem: "That is not one of this server's tokens.")`
public enum LoginPage {
    public static func render(problem: String?) -> String {
        var body = "<h1>Sign in</h1>\n<p>This server asks for one of its access tokens.</p>\n"
        if let problem { body += "<p class=\"problem\">\(HTMLText.escape(problem))</p>\n" }
        body += "<form method=\"post\" action=\"/login\"><label>Token<input type=\"password\" name=\"token\" "
            + "autocomplete=\"current-password\" required></label><button type=\"submit\">Sign in</button></form>\n"
        return PageShell.document(title: "Sign in — Timelines", body: body)
    }
}
