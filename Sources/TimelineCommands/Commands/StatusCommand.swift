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
        let feeds = try FeedStateStore.all(session.connection)
        let quarantined = try FeedStateStore.quarantined(session.connection).count
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
        feeds:       \(feeds.count) feeds, \(feeds.filter { $0.consecutiveFailures > 0 }.count) failing, \
        \(feeds.reduce(0) { $0 + $1.itemsIngested }) items ingested, \(quarantined) items quarantined
        """)
    }
}
