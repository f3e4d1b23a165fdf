import Foundation
import NIOCore

/// Reads ``ConfigValue``s into a ``DaemonConfiguration``, refusing unknown keys (a typo would
/// otherwise be silently ignored) and naming the line and key of every problem.
///
/// Example: `interval_seconds = "5 मिनट"` in the first `[[feeds]]` fails with
/// `daemon.toml:9: key 'feeds[0].interval_seconds': expected a number of seconds, got a string`.
struct ConfigReader {
    let file: String
    let lines: [String: Int]

    static let topKeys: Set<String> = ["database", "http", "backoff", "spool", "projection", "metrics", "fleet", "feeds", "log_level"]

    func configuration(from root: ConfigValue) throws(ConfigError) -> DaemonConfiguration {
        let top = try table(root, "")
        try known(top, Self.topKeys, "")
        var config = DaemonConfiguration()
        if let level = try string(top, "log_level", "") {
            guard ["trace", "debug", "info", "notice", "warning", "error", "critical"].contains(level) else {
                throw fail("log_level", "must be one of trace, debug, info, notice, warning, error, critical")
            }
            config.logLevel = level
        }
        if let database = try optionalTable(top, "database", "") {
            try known(database, ["url"], "database")
            config.databaseURL = try string(database, "url", "database")
        }
        var defaultTimeout: Duration = .seconds(30)
        var defaultMaxBytes = 8 << 20
        if let http = try optionalTable(top, "http", "") {
            try known(http, ["user_agent", "timeout_seconds", "max_bytes", "max_redirects",
                             "serve", "port", "bind", "token_file", "insecure_public"], "http")
            if let serve = try bool(http, "serve", "http") { config.api.serve = serve }
            if let port = try integer(http, "port", "http", min: 1) {
                guard port <= 65_535 else { throw fail("http.port", "must be at most 65535") }
                config.api.port = port
            }
            if let bind = try string(http, "bind", "http") { config.api.bind = bind }
            if let tokens = try string(http, "token_file", "http") { config.api.tokenFile = tokens }
            if let insecure = try bool(http, "insecure_public", "http") { config.api.insecurePublic = insecure }
            if let agent = try string(http, "user_agent", "http") { config.userAgent = agent }
            if let timeout = try seconds(http, "timeout_seconds", "http") { defaultTimeout = timeout }
            if let maxBytes = try integer(http, "max_bytes", "http", min: 1024) { defaultMaxBytes = maxBytes }
            if let redirects = try integer(http, "max_redirects", "http", min: 0) { config.maxRedirects = redirects }
        }
        if let backoff = try optionalTable(top, "backoff", "") {
            try known(backoff, ["base_seconds", "max_seconds"], "backoff")
            if let base = try seconds(backoff, "base_seconds", "backoff") { config.backoffBase = base }
            if let max = try seconds(backoff, "max_seconds", "backoff") { config.backoffMax = max }
        }
        if let spool = try optionalTable(top, "spool", "") {
            try known(spool, ["directory", "scan_interval_seconds", "batch_articles"], "spool")
            guard let directory = try string(spool, "directory", "spool") else { throw fail("spool.directory", "is required in [spool]") }
            var settings = DaemonConfiguration.Spool(directory: URL(fileURLWithPath: directory, isDirectory: true))
            if let scan = try seconds(spool, "scan_interval_seconds", "spool") { settings.scanInterval = scan }
            if let batch = try integer(spool, "batch_articles", "spool", min: 1) { settings.batchArticles = batch }
            config.spool = settings
        }
        if let projection = try optionalTable(top, "projection", "") {
            try known(projection, ["follow"], "projection")
            if let follow = try bool(projection, "follow", "projection") { config.followProjection = follow }
        }
        if let fleet = try optionalTable(top, "fleet", "") {
            try known(fleet, ["member", "lease_seconds"], "fleet")
            if let member = try string(fleet, "member", "fleet") {
                guard !member.trimmingCharacters(in: .whitespaces).isEmpty else { throw fail("fleet.member", "must not be empty") }
                config.fleet.member = member
            }
            if let lease = try seconds(fleet, "lease_seconds", "fleet") {
                guard lease >= .seconds(1) else { throw fail("fleet.lease_seconds", "must be at least 1 second") }
                config.fleet.lease = lease
            }
        }
        if let metrics = try optionalTable(top, "metrics", "") {
            try known(metrics, ["port", "address"], "metrics")
            if let port = try integer(metrics, "port", "metrics", min: 0) {
                guard port <= 65_535 else { throw fail("metrics.port", "must be at most 65535") }
                config.metricsPort = port == 0 ? nil : UInt16(port)
            }
            if let address = try string(metrics, "address", "metrics") {
                guard (try? SocketAddress(ipAddress: address, port: 0)) != nil else {
                    throw fail("metrics.address", "must be an IPv4 or IPv6 address such as 127.0.0.1 or ::1")
                }
                config.metricsAddress = address
            }
        }
        if let feeds = top["feeds"] {
            guard case .array(let items) = feeds else { throw fail("feeds", "expected [[feeds]] tables, got \(feeds.typeName)") }
            var names: Set<String> = []
            for (index, item) in items.enumerated() {
                let path = "feeds[\(index)]"
                let feed = try table(item, path)
                try known(feed, ["name", "url", "interval_seconds", "timeout_seconds", "max_bytes"], path)
                guard let text = try string(feed, "url", path) else { throw fail(path + ".url", "is required for every feed") }
                guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
                      url.host != nil else { throw fail(path + ".url", "'\(text)' is not an http or https URL") }
                let name = try string(feed, "name", path) ?? text
                guard names.insert(name).inserted else { throw fail(path + ".name", "'\(name)' names two feeds; names must be unique") }
                config.feeds.append(DaemonConfiguration.Feed(
                    name: name, url: url, interval: try seconds(feed, "interval_seconds", path) ?? .seconds(300),
                    timeout: try seconds(feed, "timeout_seconds", path) ?? defaultTimeout,
                    maxBytes: try integer(feed, "max_bytes", path, min: 1024) ?? defaultMaxBytes))
            }
        }
        return config
    }

    // MARK: - Typed access

    private func table(_ value: ConfigValue, _ path: String) throws(ConfigError) -> [String: ConfigValue] {
        guard case .table(let table) = value else { throw fail(path, "expected a table, got \(value.typeName)") }
        return table
    }

    private func optionalTable(_ table: [String: ConfigValue], _ key: String, _ parent: String) throws(ConfigError) -> [String: ConfigValue]? {
        guard let value = table[key] else { return nil }
        return try self.table(value, join(parent, key))
    }

    private func known(_ table: [String: ConfigValue], _ keys: Set<String>, _ parent: String) throws(ConfigError) {
        for key in table.keys.sorted() where !keys.contains(key) {
            throw fail(join(parent, key), "is not a known key here (known: \(keys.sorted().joined(separator: ", ")))")
        }
    }

    private func string(_ table: [String: ConfigValue], _ key: String, _ parent: String) throws(ConfigError) -> String? {
        guard let value = table[key] else { return nil }
        guard case .string(let text) = value else { throw fail(join(parent, key), "expected a string, got \(value.typeName)") }
        return text
    }

    private func bool(_ table: [String: ConfigValue], _ key: String, _ parent: String) throws(ConfigError) -> Bool? {
        guard let value = table[key] else { return nil }
        guard case .bool(let flag) = value else { throw fail(join(parent, key), "expected true or false, got \(value.typeName)") }
        return flag
    }

    private func integer(_ table: [String: ConfigValue], _ key: String, _ parent: String, min: Int) throws(ConfigError) -> Int? {
        guard let value = table[key] else { return nil }
        guard case .integer(let number) = value else { throw fail(join(parent, key), "expected an integer, got \(value.typeName)") }
        guard number >= min, number <= Int64(Int32.max) else { throw fail(join(parent, key), "must be between \(min) and \(Int32.max)") }
        return Int(number)
    }

    private func seconds(_ table: [String: ConfigValue], _ key: String, _ parent: String) throws(ConfigError) -> Duration? {
        guard let value = table[key] else { return nil }
        let number: Double
        switch value {
        case .integer(let n): number = Double(n)
        case .float(let f): number = f
        default: throw fail(join(parent, key), "expected a number of seconds, got \(value.typeName)")
        }
        guard number > 0, number <= 30 * 86_400 else { throw fail(join(parent, key), "must be more than 0 and at most 30 days") }
        return .milliseconds(Int64((number * 1000).rounded()))
    }

    private func join(_ parent: String, _ key: String) -> String { parent.isEmpty ? key : parent + "." + key }

    private func fail(_ key: String, _ reason: String) -> ConfigError {
        var line = lines[key]
        var probe = key
        while line == nil, let dot = probe.lastIndex(where: { $0 == "." || $0 == "[" }) {
            probe = String(probe[..<dot])
            line = lines[probe]
        }
        return ConfigError(file: file, line: line, key: key, reason: reason)
    }
}
