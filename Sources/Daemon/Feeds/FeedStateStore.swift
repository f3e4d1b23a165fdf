import Foundation
import Postgres

/// The `feed_state` and `feed_quarantine` tables (sql/040_feeds.sql): what the daemon knows
/// about each feed, and the items it set aside.
///
/// Example: after a successful poll of the feed "desh" that brought 3 new Hindi articles,
/// `recordSuccess(feed: "desh", …, ingested: 3, …)` stores the new ETag and
/// `FeedStateStore.all(connection)` shows `itemsIngested == 3`, `consecutiveFailures == 0`.
public enum FeedStateStore {
    /// One row of `feed_state`.
    public struct Row: Sendable, Equatable, Codable {
        public var feed: String
        public var url: String
        public var etag: String?
        public var lastModified: String?
        public var lastPolledAt: String?
        public var lastSuccessAt: String?
        public var lastError: String?
        public var lastErrorAt: String?
        public var consecutiveFailures: Int
        public var polls: Int64
        public var notModified: Int64
        public var errors: Int64
        public var itemsSeen: Int64
        public var itemsIngested: Int64
        public var itemsQuarantined: Int64
        public var nextPollAt: String?
        /// Seconds from now until the next poll (negative when due).
        public var secondsUntilNextPoll: Double?
        /// When a daemon started without this feed in its configuration; nil while configured.
        public var retiredAt: String?
        /// The last document read only in part, what was wrong and where; with its time.
        public var lastWarning: String?
        public var lastWarningAt: String?
        /// The daemon (fleet member) holding the feed's lease, and until when; nil when free.
        public var leasedBy: String?
        public var leaseExpiresAt: String?
        /// Seconds until the lease expires (negative once expired).
        public var leaseSecondsLeft: Double?
    }

    /// One row of `feed_quarantine`.
    public struct QuarantinedItem: Sendable, Equatable, Codable {
        public var feed: String
        public var itemIdentity: String
        public var reason: String
        public var firstSeen: String
        public var lastSeen: String
        public var seenCount: Int64
    }

    /// Creates the row of a configured feed if missing (and updates its URL); a retired feed
    /// configured again is no longer retired.
    public static func register(feed: String, url: String, connection: PostgresConnection) throws {
        try connection.query("""
            INSERT INTO feed_state (feed, url) VALUES ($1, $2)
            ON CONFLICT (feed) DO UPDATE SET url = EXCLUDED.url, retired_at = NULL,
                etag = CASE WHEN feed_state.url = EXCLUDED.url THEN feed_state.etag END,
                last_modified = CASE WHEN feed_state.url = EXCLUDED.url THEN feed_state.last_modified END
            """, [.text(feed), .text(url)])
    }

    /// Marks every feed not named in `configured` as retired (once: the first time it is missing).
    /// Returns the names newly retired.
    @discardableResult
    public static func retire(allBut configured: [String], connection: PostgresConnection) throws -> [String] {
        try connection.query("""
            UPDATE feed_state SET retired_at = now(), next_poll_at = NULL, updated_at = now()
            WHERE retired_at IS NULL AND NOT (feed = ANY($1::text[])) RETURNING feed
            """, [.array(configured)]).map { try $0.string("feed") }.sorted()
    }

    /// All feeds, by name.
    public static func all(_ connection: PostgresConnection) throws -> [Row] {
        try rows(connection, where: "", [])
    }

    /// One feed's row.
    public static func row(feed: String, connection: PostgresConnection) throws -> Row? {
        try rows(connection, where: "WHERE feed = $1", [.text(feed)]).first
    }

    /// Whether the feed is still configured and its last poll failed.
    public static func isFailing(_ row: Row) -> Bool { row.retiredAt == nil && row.consecutiveFailures > 0 }

    /// A 304 or a body whose items are now durably in the log: store the validators, clear failures.
    /// `warning`: the body could be read only in part (its good items were taken); what and where.
    public static func recordSuccess(
        feed: String, etag: String?, lastModified: String?, notModified: Bool, seen: Int, ingested: Int, quarantined: Int,
        nextPollInSeconds: Double, warning: String? = nil, connection: PostgresConnection
    ) throws {
        try connection.query("""
            UPDATE feed_state SET
                etag = CASE WHEN $2 THEN etag ELSE $3 END,
                last_modified = CASE WHEN $2 THEN last_modified ELSE $4 END,
                last_polled_at = now(), last_success_at = now(), consecutive_failures = 0,
                polls = polls + 1, not_modified = not_modified + CASE WHEN $2 THEN 1 ELSE 0 END,
                items_seen = items_seen + $5, items_ingested = items_ingested + $6, items_quarantined = items_quarantined + $7,
                next_poll_at = now() + make_interval(secs => $8), updated_at = now(),
                last_warning = coalesce($9, last_warning), last_warning_at = CASE WHEN $9 IS NULL THEN last_warning_at ELSE now() END
            WHERE feed = $1
            """, [.text(feed), .bool(notModified), etag.map { .text(storable($0)) } ?? .null, lastModified.map { .text(storable($0)) } ?? .null,
                  .int(Int64(seen)), .int(Int64(ingested)), .int(Int64(quarantined)), .double(nextPollInSeconds),
                  warning.map { .text(storable($0, limit: 2_000)) } ?? .null])
    }

    /// A failed poll: count it, keep the reason, schedule the retry. Returns the consecutive failures.
    @discardableResult
    public static func recordFailure(feed: String, error: String, retryInSeconds: Double, connection: PostgresConnection) throws -> Int {
        let rows = try connection.query("""
            UPDATE feed_state SET
                last_polled_at = now(), last_error = $2, last_error_at = now(),
                consecutive_failures = consecutive_failures + 1, polls = polls + 1, errors = errors + 1,
                next_poll_at = now() + make_interval(secs => $3), updated_at = now()
            WHERE feed = $1 RETURNING consecutive_failures
            """, [.text(feed), .text(storable(error, limit: 2_000)), .double(retryInSeconds)])
        return Int(try rows.first?.int64("consecutive_failures") ?? 0)
    }

    /// Sets items aside with their reasons; an item seen before gets its count and last_seen bumped.
    /// The same identity twice in `items` (two items of one document alike) is one row, with the
    /// last reason.
    public static func quarantine(feed: String, items: [(identity: String, reason: String)], connection: PostgresConnection) throws {
        guard !items.isEmpty else { return }
        var reasons: [String: String] = [:], order: [String] = []
        for item in items {
            if reasons.updateValue(item.reason, forKey: item.identity) == nil { order.append(item.identity) }
        }
        let items = order.map { (identity: $0, reason: reasons[$0, default: ""]) }
        try connection.query("""
            INSERT INTO feed_quarantine (feed, item_identity, reason)
            SELECT $1, i, r FROM unnest($2::text[], $3::text[]) AS u(i, r)
            ON CONFLICT (feed, item_identity) DO UPDATE SET
                reason = EXCLUDED.reason, last_seen = now(), seen_count = feed_quarantine.seen_count + 1
            """, [.text(feed), .array(items.map { storable($0.identity, limit: 2_000) }), .array(items.map { storable($0.reason, limit: 1_000) })])
    }

    /// Text as PostgreSQL can store it: NUL (which a feed's bytes misread can put into a reason or
    /// an identity) shown as `\0`, and at most `limit` characters.
    ///
    /// Example: `storable("<\u{0}r\u{0}s\u{0}s>")` → `"<\\0r\\0s\\0s>"`.
    static func storable(_ text: String, limit: Int = 10_000) -> String {
        let cut = text.count > limit ? String(text.prefix(limit)) : text
        return cut.unicodeScalars.contains("\u{0}") ? cut.replacingOccurrences(of: "\u{0}", with: "\\0") : cut
    }

    /// Quarantined items, newest first.
    public static func quarantined(_ connection: PostgresConnection, feed: String? = nil) throws -> [QuarantinedItem] {
        let rows = try connection.query("""
            SELECT feed, item_identity, reason, first_seen::text AS first_seen, last_seen::text AS last_seen, seen_count
            FROM feed_quarantine WHERE ($1::text IS NULL OR feed = $1) ORDER BY last_seen DESC, feed, item_identity
            """, [feed.map(PostgresValue.text) ?? .null])
        return try rows.map { row in
            QuarantinedItem(
                feed: try row.string("feed"), itemIdentity: try row.string("item_identity"), reason: try row.string("reason"),
                firstSeen: try row.string("first_seen"), lastSeen: try row.string("last_seen"), seenCount: try row.int64("seen_count"))
        }
    }

    private static func rows(_ connection: PostgresConnection, where clause: String, _ parameters: [PostgresValue]) throws -> [Row] {
        let rows = try connection.query("""
            SELECT feed, url, etag, last_modified, last_polled_at::text AS last_polled_at, last_success_at::text AS last_success_at,
                   last_error, last_error_at::text AS last_error_at, consecutive_failures, polls, not_modified, errors,
                   items_seen, items_ingested, items_quarantined, next_poll_at::text AS next_poll_at,
                   extract(epoch FROM next_poll_at - now())::float8 AS until_next, retired_at::text AS retired_at,
                   last_warning, last_warning_at::text AS last_warning_at, leased_by,
                   lease_expires_at::text AS lease_expires_at, extract(epoch FROM lease_expires_at - now())::float8 AS lease_left
            FROM feed_state \(clause) ORDER BY feed
            """, parameters)
        return try rows.map { row in
            Row(
                feed: try row.string("feed"), url: try row.string("url"), etag: row["etag"], lastModified: row["last_modified"],
                lastPolledAt: row["last_polled_at"], lastSuccessAt: row["last_success_at"], lastError: row["last_error"],
                lastErrorAt: row["last_error_at"], consecutiveFailures: Int(try row.int64("consecutive_failures")),
                polls: try row.int64("polls"), notModified: try row.int64("not_modified"), errors: try row.int64("errors"),
                itemsSeen: try row.int64("items_seen"), itemsIngested: try row.int64("items_ingested"),
                itemsQuarantined: try row.int64("items_quarantined"), nextPollAt: row["next_poll_at"],
                secondsUntilNextPoll: row["until_next"].flatMap(Double.init), retiredAt: row["retired_at"],
                lastWarning: row["last_warning"], lastWarningAt: row["last_warning_at"], leasedBy: row["leased_by"],
                leaseExpiresAt: row["lease_expires_at"], leaseSecondsLeft: row["lease_left"].flatMap(Double.init))
        }
    }
}
