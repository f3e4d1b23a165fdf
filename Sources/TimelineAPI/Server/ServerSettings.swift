/// How `timeline serve` listens and what it allows.
///
/// It listens on loopback unless told otherwise; an address others can reach needs tokens
/// (`--token-file`) or the explicit `--insecure-public`.
public struct ServerSettings: Sendable {
    public var host = "127.0.0.1"
    /// 0 picks a free port (tests).
    public var port = 8080
    public var tokens: AccessTokens?
    public var insecurePublic = false
    /// Database connections, each on its own thread.
    public var poolSize = 4
    /// The longest one query of a request may run (the reader connections' statement timeout).
    public var queryTimeout: Duration = .seconds(10)
    public var maxURILength = 8192
    public var maxBodyBytes = 16 * 1024
    /// Timeline pages written by `TimelinePageJSON` rather than the generated code's `JSONEncoder`
    /// (the same bytes, several times faster).
    public var fastJSON = true
    /// Bytes of gzipped timeline pages kept while the read model does not move (0: none).
    public var pageCacheBytes = 32 << 20
    /// How long an idle keep-alive connection stays open.
    public var idleTimeout: Duration = .seconds(60)

    public init() {}

    /// Refuses an address beyond loopback without tokens or `insecurePublic`.
    public func validate() throws {
        guard (1...65535).contains(port) || port == 0 else { throw ServerSettingsError("--port must be between 1 and 65535, got \(port)") }
        guard (1...64).contains(poolSize) else { throw ServerSettingsError("--connections must be between 1 and 64, got \(poolSize)") }
        if !Self.isLoopback(host), tokens == nil, !insecurePublic {
            throw ServerSettingsError("--bind \(host) is reachable from other machines: give --token-file FILE (bearer tokens), "
                                      + "or --insecure-public to serve without any")
        }
    }

    /// Whether clients must send a token.
    public var requiresToken: Bool { tokens != nil }

    /// `127.0.0.1`, any `127.x.y.z`, `::1` and `localhost`.
    public static func isLoopback(_ host: String) -> Bool {
        if host == "localhost" || host == "::1" || host == "[::1]" { return true }
        let parts = host.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts[0] == "127" && parts.allSatisfy { UInt8($0) != nil }
    }
}
