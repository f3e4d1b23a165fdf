import ArgumentParser
import Foundation
import Daemon
import Timelines

/// `timeline status`: log size, projection position and lag.
struct StatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show the event log's size, the timeline projection's position and its lag."
    )

    @OptionGroup var database: DatabaseOptions

    @Flag(help: "Print JSON instead of text.")
    var json = false

    func run() async throws {
        let session = try database.openSession()
        defer { session.close() }
        let status = try TimelineStatus.read(connection: session.connection)
        let allFeeds = try FeedStateStore.all(session.connection)
        let feeds = allFeeds.filter { $0.retiredAt == nil }
        let retired = allFeeds.count - feeds.count
        let quarantine = try FeedStateStore.quarantined(session.connection)
        let spoolQuarantined = quarantine.filter { $0.feed == SpoolStateStore.quarantineFeed }.count
        let spools = try SpoolStateStore.all(session.connection)
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try encoder.encode(status), as: UTF8.self))
            return
        }
        print("""
        database:    \(database.displayName)
        event log:   \(status.logEvents) events, head position \(status.logHead)
        projection:  at position \(status.projectionPosition), lag \(status.lagEvents) events
        timelines:   \(status.entries) entries for \(status.actorsWithEntries) actors from \(status.articles) articles
        feeds:       \(feeds.count) feeds, \(feeds.filter(FeedStateStore.isFailing).count) failing, \
        \(feeds.reduce(0) { $0 + $1.itemsIngested }) items ingested, \(quarantine.count - spoolQuarantined) items quarantined\
        \(retired > 0 ? " (\(retired) retired feeds not counted)" : "")
        spool:       \(spools.reduce(0) { $0 + $1.filesDone }) files done, \(spools.reduce(0) { $0 + $1.filesRejected }) rejected, \
        \(spools.reduce(0) { $0 + $1.itemsIngested }) items ingested, \(spoolQuarantined) items quarantined
        """)
    }
}
