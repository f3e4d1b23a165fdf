import Postgres

/// The lease columns of `feed_state` (sql/155_feed_leases.sql): which fleet member may poll a
/// feed, and until when. A member claims free or expired leases with `FOR UPDATE SKIP LOCKED`
/// (two members claiming at the same moment never get the same feed, and neither waits for the
/// other), renews the ones it holds, and releases them when it stops.
///
/// Example: with the feeds "desh", "videsh" and "rajya" registered,
/// `claim(member: "ingest-1", among: ["desh", "videsh", "rajya"], leaseSeconds: 30, limit: 2, …)`
/// gives `["desh", "rajya"]` (the most overdue first), and `claim(member: "ingest-2", …, limit: 2, …)`
/// right after gives `["videsh"]`.
public enum FeedLeaseStore {
    /// Claims up to `limit` of the feeds named in `among` whose lease is free or expired (also
    /// the member's own expired ones), most overdue first; locked rows are skipped. Returns the
    /// feeds claimed, by name.
    public static func claim(
        member: String, among feeds: [String], leaseSeconds: Double, limit: Int, connection: PostgresConnection
    ) throws -> [String] {
        guard limit > 0, !feeds.isEmpty else { return [] }
        return try connection.query("""
            UPDATE feed_state SET leased_by = $1, lease_expires_at = now() + make_interval(secs => $2)
            WHERE feed IN (
                SELECT feed FROM feed_state
                WHERE feed = ANY($3::text[]) AND retired_at IS NULL
                  AND (leased_by IS NULL OR lease_expires_at IS NULL OR lease_expires_at <= now())
                ORDER BY next_poll_at NULLS FIRST, feed
                LIMIT $4
                FOR UPDATE SKIP LOCKED)
            RETURNING feed
            """, [.text(member), .double(leaseSeconds), .array(feeds), .int(Int64(limit))]).map { try $0.string("feed") }.sorted()
    }

    /// Extends every lease the member holds among `feeds` (expired or not: a lease nobody
    /// claimed meanwhile is still the member's). Returns the feeds it holds.
    public static func renew(member: String, among feeds: [String], leaseSeconds: Double, connection: PostgresConnection) throws -> [String] {
        try connection.query("""
            UPDATE feed_state SET lease_expires_at = now() + make_interval(secs => $2)
            WHERE leased_by = $1 AND feed = ANY($3::text[]) AND retired_at IS NULL
            RETURNING feed
            """, [.text(member), .double(leaseSeconds), .array(feeds)]).map { try $0.string("feed") }.sorted()
    }

    /// Extends one lease; false when the member no longer holds it.
    public static func renew(feed: String, member: String, leaseSeconds: Double, connection: PostgresConnection) throws -> Bool {
        try !renew(member: member, among: [feed], leaseSeconds: leaseSeconds, connection: connection).isEmpty
    }

    /// Whether the member holds the feed's lease, locking the row until the end of the current
    /// transaction, so that what the caller writes next is written under the lease.
    public static func holds(feed: String, member: String, connection: PostgresConnection) throws -> Bool {
        try !connection.query("SELECT 1 FROM feed_state WHERE feed = $1 AND leased_by = $2 FOR UPDATE",
                              [.text(feed), .text(member)]).isEmpty
    }

    /// Gives up the member's leases on `feeds` (nil: all of them), so another member may claim
    /// them at once. Returns the feeds released.
    @discardableResult
    public static func release(member: String, feeds: [String]? = nil, connection: PostgresConnection) throws -> [String] {
        try connection.query("""
            UPDATE feed_state SET leased_by = NULL, lease_expires_at = NULL
            WHERE leased_by = $1 AND ($2::text[] IS NULL OR feed = ANY($2::text[]))
            RETURNING feed
            """, [.text(member), feeds.map { .array($0) } ?? .null]).map { try $0.string("feed") }.sorted()
    }

    /// Who holds each leased feed (expired leases included, until someone claims them): feed → member.
    public static func holders(_ connection: PostgresConnection) throws -> [String: String] {
        var holders: [String: String] = [:]
        for row in try connection.query("SELECT feed, leased_by FROM feed_state WHERE leased_by IS NOT NULL") {
            holders[try row.string("feed")] = try row.string("leased_by")
        }
        return holders
    }
}
