import ArgumentParser
import Daemon
import Foundation

/// `timeline feeds`: the daemon's feeds — validators, last success and error, counts, next poll —
/// or, with `--quarantine`, the items it set aside (from feeds, and from spool files under the
/// feed name `spool`). A feed no longer in the daemon's configuration shows as retired, not due;
/// a feed whose last document could be read only in part shows that problem in the last column.
/// The `lease` column names the daemon (fleet member) that polls the feed and how long its lease
/// has left, as in `ingest-2 12 s` (`expired` once it ran out and nobody took it yet).
struct FeedsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feeds",
        abstract: "Show the daemon's feeds (last success, last error, counts, next poll) or quarantined items."
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var read: ReadOptions

    @Flag(help: "Show the items set aside (for example without a publish date), with their reasons.")
    var quarantine = false

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    func run() async throws {
        let session = try database.openReadSession(read)
        defer { session.close() }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        if quarantine {
            let items = try FeedStateStore.quarantined(session.connection)
            if json { print(String(decoding: try encoder.encode(items), as: UTF8.self)); return }
            if items.isEmpty { print("No quarantined items."); return }
            var table = TextTable(headers: ["feed", "item", "reason", "seen", "first seen", "last seen"], maxWidths: [24, 48, 60, nil, nil, nil])
            for item in items {
                table.append([item.feed, item.itemIdentity, item.reason, "\(item.seenCount)", String(item.firstSeen.prefix(19)), String(item.lastSeen.prefix(19))])
            }
            print(table.render())
            return
        }
        let feeds = try FeedStateStore.all(session.connection)
        if json { print(String(decoding: try encoder.encode(feeds), as: UTF8.self)); return }
        if feeds.isEmpty { print("No feeds yet: `timeline daemon --config FILE` registers its [[feeds]]."); return }
        var table = TextTable(
            headers: ["feed", "last success", "polls", "304", "errors", "failing", "items", "new", "quarantined", "next poll", "lease",
                      "last error or problem"],
            maxWidths: [24, nil, nil, nil, nil, nil, nil, nil, nil, nil, 32, 70])
        for feed in feeds {
            table.append([
                feed.feed, feed.lastSuccessAt.map { String($0.prefix(19)) } ?? "never", "\(feed.polls)", "\(feed.notModified)",
                "\(feed.errors)", feed.retiredAt == nil ? "\(feed.consecutiveFailures)" : "-", "\(feed.itemsSeen)", "\(feed.itemsIngested)", "\(feed.itemsQuarantined)",
                feed.retiredAt.map { "retired \($0.prefix(10))" }
                    ?? feed.secondsUntilNextPoll.map { $0 <= 0 ? "due" : String(format: "in %.0f s", $0) } ?? "-",
                Self.lease(feed),
                FeedStateStore.isFailing(feed) ? (feed.lastError ?? "") : (feed.lastWarning ?? ""),
            ])
        }
        print(table.render())
    }

    /// Who holds the feed's lease and for how long: `ingest-2 12 s`, `ingest-2 expired`, or `-`.
    static func lease(_ feed: FeedStateStore.Row) -> String {
        guard let holder = feed.leasedBy else { return "-" }
        guard let left = feed.leaseSecondsLeft, left > 0 else { return holder + " expired" }
        return holder + String(format: " %.0f s", left.rounded(.up))
    }
}
