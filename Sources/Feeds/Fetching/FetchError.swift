/// Why a feed could not be fetched; `description` names the URL and the cause.
///
/// Example: fetching a removed Hindi section feed gives `.httpStatus(code: 404, url: "https://…/rss/khel.xml")`,
/// described as `"HTTP 404 from https://…/rss/khel.xml"`.
public enum FetchError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The URL is not http or https.
    case unsupportedScheme(url: String)
    /// The server answered with a status other than 2xx or 304.
    case httpStatus(code: Int, url: String)
    /// More redirects than the request allows.
    case tooManyRedirects(limit: Int, url: String)
    /// The body grew past the request's byte limit; reading was stopped there.
    case tooLarge(limit: Int, url: String)
    /// No complete answer within the request's timeout.
    case timedOut(seconds: Double, url: String)
    /// The host could not be reached (refused, unresolvable, unreachable).
    case connectionFailed(url: String, detail: String)
    /// Any other transport failure (TLS, broken connection, …).
    case transport(url: String, detail: String)

    /// The HTTP status for ``httpStatus(code:url:)``, else nil.
    public var statusCode: Int? {
        if case .httpStatus(let code, _) = self { return code }
        return nil
    }

    public var description: String {
        switch self {
        case .unsupportedScheme(let url): return "unsupported URL \(url): only http and https feeds are fetched"
        case .httpStatus(let code, let url): return "HTTP \(code) from \(url)"
        case .tooManyRedirects(let limit, let url): return "more than \(limit) redirects starting at \(url)"
        case .tooLarge(let limit, let url): return "response from \(url) exceeds the limit of \(limit) bytes; download stopped"
        case .timedOut(let seconds, let url): return "no complete response from \(url) within \(seconds) s"
        case .connectionFailed(let url, let detail): return "cannot connect to \(url): \(detail)"
        case .transport(let url, let detail): return "fetching \(url) failed: \(detail)"
        }
    }
}
