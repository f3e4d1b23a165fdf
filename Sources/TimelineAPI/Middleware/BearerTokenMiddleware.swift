import Digest
import Foundation
import Hummingbird

/// Lets a request through only with one of the server's tokens: `Authorization: Bearer TOKEN`
/// (the API) or the `timeline_token` cookie that the page's sign-in form sets (a browser; it holds
/// the token's digest, not the token).
///
/// Tokens are compared by their SHA-256 digests, every byte of every token, so the time taken
/// says nothing about how much of a guess was right; no token is ever logged.
struct BearerTokenMiddleware<Context: RequestContext>: RouterMiddleware {
    static var cookieName: String { "timeline_token" }
    let tokens: AccessTokens

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if request.uri.path == "/login" || request.uri.path == "/favicon.ico" { return try await next(request, context) }
        if let offered = Self.offeredToken(request), tokens.accepts(offered) { return try await next(request, context) }
        if let cookie = request.cookies[Self.cookieName]?.value, tokens.accepts(cookie: cookie) { return try await next(request, context) }
        var headers = HTTPFields()
        headers[.wwwAuthenticate] = "Bearer realm=\"timeline\""
        if request.uri.path.hasPrefix("/v1/") {
            throw HTTPError(.unauthorized, headers: headers,
                            message: "This server asks for a token: send Authorization: Bearer TOKEN (one of its --token-file).")
        }
        // A person at a browser: the sign-in form.
        headers[.location] = "/login"
        return Response(status: .seeOther, headers: headers)
    }

    static func offeredToken(_ request: Request) -> String? {
        if let authorization = request.headers[.authorization] {
            let parts = authorization.split(separator: " ", maxSplits: 1)
            if parts.count == 2, parts[0].lowercased() == "bearer" { return parts[1].trimmingCharacters(in: .whitespaces) }
        }
        return nil
    }
}

/// The tokens of `--token-file`: one per line; blank lines and lines starting with `#` are skipped.
public struct AccessTokens: Sendable {
    private let digests: [[UInt8]]

    /// Reads a token file; an unreadable file, one without tokens, or a token shorter than 16
    /// characters is an error that names the file and line.
    public init(file path: String) throws {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw ServerSettingsError("cannot read the token file '\(path)'")
        }
        var digests: [[UInt8]] = []
        for (number, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard line.count >= 16, !line.contains(where: \.isWhitespace) else {
                throw ServerSettingsError("\(path):\(number + 1): a token must be at least 16 characters without spaces")
            }
            digests.append(SHA256.digest(Array(line.utf8)))
        }
        guard !digests.isEmpty else { throw ServerSettingsError("the token file '\(path)' holds no token") }
        self.digests = digests
    }

    /// Whether `offered` is one of the tokens, in time that does not depend on where it differs.
    func accepts(_ offered: String) -> Bool {
        accepts(digest: SHA256.digest(Array(offered.utf8)))
    }

    /// The sign-in cookie's value for a token: its SHA-256 in hex, so the token itself is never stored by the browser.
    static func cookieValue(for token: String) -> String { SHA256.hex(of: Array(token.utf8)) }

    /// Whether a sign-in cookie was made from one of the tokens.
    func accepts(cookie: String) -> Bool {
        guard cookie.utf8.count == 64 else { return false }
        var bytes: [UInt8] = []
        var index = cookie.startIndex
        while index < cookie.endIndex {
            let next = cookie.index(index, offsetBy: 2)
            guard let byte = UInt8(cookie[index..<next], radix: 16) else { return false }
            bytes.append(byte)
            index = next
        }
        return accepts(digest: bytes)
    }

    private func accepts(digest: [UInt8]) -> Bool {
        var found: UInt8 = 1
        for known in digests {
            var difference: UInt8 = 0
            for i in 0..<known.count { difference |= known[i] ^ digest[i] }
            found &= difference == 0 ? 0 : 1
        }
        return found == 0
    }
}
