import Foundation

/// Everything `timeline daemon` is told by its configuration file (TOML or JSON; see
/// ``DaemonConfiguration/load(from:)`` and the `--help` text for every key).
///
/// Example (TOML):
/// ```toml
/// [spool]
/// directory = "/var/spool/timeline"
///
/// [[feeds]]
/// name = "desh"
/// url = "https://samachar.example.in/rss/desh.xml"
/// interval_seconds = 300
/// ```
/// gives one feed `desh` polled every 5 minutes and a spool watcher on `/var/spool/timeline`.
public struct DaemonConfiguration: Sendable, Equatable {
    /// One polled feed.
    public struct Feed: Sendable, Equatable {
        /// The key of the feed's row in `feed_state`; unique.
        public var name: String
        public var url: URL
        public var interval: Duration
        public var timeout: Duration
        public var maxBytes: Int

        public init(name: String, url: URL, interval: Duration, timeout: Duration = .seconds(30), maxBytes: Int = 8 << 20) {
            self.name = name
            self.url = url
            self.interval = interval
            self.timeout = timeout
            self.maxBytes = maxBytes
        }
    }

    /// The spool directory and how it is scanned.
    public struct Spool: Sendable, Equatable {
        public var directory: URL
        public var scanInterval: Duration
        /// Articles per ingest call (files are taken whole, so a batch may hold a few more).
        public var batchArticles: Int

        public init(directory: URL, scanInterval: Duration = .seconds(2), batchArticles: Int = 300) {
            self.directory = directory
            self.scanInterval = scanInterval
            self.batchArticles = batchArticles
        }
    }

    /// The read-only HTTP API and page (`timeline serve`) inside the daemon: `[http] serve = true`,
    /// with `port`, `bind`, `token_file` and `insecure_public` as `timeline serve` has them.
    public struct API: Sendable, Equatable {
        public var serve = false
        public var port = 8080
        public var bind = "127.0.0.1"
        public var tokenFile: String?
        public var insecurePublic = false

        public init() {}
    }

    /// How this daemon shares the feeds with other daemons on the same database: `[fleet] member`
    /// and `[fleet] lease_seconds`.
    public struct Fleet: Sendable, Equatable {
        /// This daemon's name among the daemons of one database; nil: `HOST:PID`. Unique per
        /// running daemon: two daemons under one name would both poll the feeds it holds.
        public var member: String?
        /// How long a feed lease lasts unless renewed (renewed every third of it): how long the
        /// feeds of a daemon killed outright wait before another daemon takes them.
        public var lease: Duration = .seconds(30)

        public init(member: String? = nil, lease: Duration = .seconds(30)) {
            self.member = member
            self.lease = lease
        }
    }

    public var api = API()
    public var fleet = Fleet()
    /// Optional database URL; when nil the command line and environment decide.
    public var databaseURL: String?
    public var userAgent = "timeline-daemon/1.0"
    public var maxRedirects = 5
    /// Backoff after consecutive failures: full jitter up to `min(backoffMax, backoffBase · 2^(n-1))`.
    public var backoffBase: Duration = .seconds(30)
    public var backoffMax: Duration = .seconds(3_600)
    public var feeds: [Feed] = []
    public var spool: Spool?
    /// Whether the daemon keeps the timelines current (catch up, then follow the log).
    public var followProjection = true
    /// Port for Prometheus metrics on ``metricsAddress``; nil: no metrics server.
    public var metricsPort: UInt16?
    /// The IP address the metrics server binds: loopback unless configured otherwise.
    public var metricsAddress = "127.0.0.1"
    public var logLevel = "info"

    public init() {}

    /// Reads a `.toml` or `.json` file (by extension; otherwise by a first `{`).
    public static func load(from url: URL) throws(ConfigError) -> DaemonConfiguration {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw ConfigError(file: url.path, reason: "cannot be read (\(error.localizedDescription))")
        }
        guard let text = String(data: data, encoding: .utf8) else { throw ConfigError(file: url.path, reason: "is not UTF-8 text") }
        let isJSON = url.pathExtension.lowercased() == "json"
            || (url.pathExtension.lowercased() != "toml" && text.trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix("{"))
        return try parse(text, file: url.path, json: isJSON)
    }

    /// Parses configuration text.
    public static func parse(_ text: String, file: String, json: Bool) throws(ConfigError) -> DaemonConfiguration {
        if json {
            let root = try JSONConfig.parse(text, file: file)
            return try ConfigReader(file: file, lines: [:]).configuration(from: root)
        }
        let document = try TOMLConfig.parse(text, file: file)
        return try ConfigReader(file: file, lines: document.lines).configuration(from: document.root)
    }
}
