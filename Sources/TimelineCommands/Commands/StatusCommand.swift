import ArgumentParser
import Foundation
import Daemon
import Postgres
import Timelines

/// `timeline status`: log size, projection position and lag.
struct StatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show the event log's size, the timeline projection's position and its lag."
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var read: ReadOptions

    @Flag(help: "Print JSON instead of text.")
    var json = false

    func run() async throws {
        let session = try database.openReadSession(read)
        defer { session.close() }
        let status = try TimelineStatus.read(connection: session.connection)
        let allFeeds = try FeedStateStore.all(session.connection)
        let feeds = allFeeds.filter { $0.retiredAt == nil }
        let retired = allFeeds.count - feeds.count
        let quarantine = try FeedStateStore.quarantined(session.connection)
        let spoolQuarantined = quarantine.filter { $0.feed == SpoolStateStore.quarantineFeed }.count
        let spools = try SpoolStateStore.all(session.connection)
        let replica = try replicaLag(session)
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try encoder.encode(StatusJSON(status: status, replica: replica)), as: UTF8.self))
            return
        }
        print("""
        database:    \(database.displayName)\(session.source.map { "\nreading:     \($0)" } ?? "")
        event log:   \(status.logEvents) events, head position \(status.logHead)
        projection:  at position \(status.projectionPosition), lag \(status.lagEvents) events
        timelines:   \(status.entries) entries for \(status.actorsWithEntries) actors from \(status.articles) articles
        feeds:       \(feeds.count) feeds, \(feeds.filter(FeedStateStore.isFailing).count) failing, \
        \(feeds.reduce(0) { $0 + $1.itemsIngested }) items ingested, \(quarantine.count - spoolQuarantined) items quarantined\
        \(retired > 0 ? " (\(retired) retired feeds not counted)" : "")
        spool:       \(spools.reduce(0) { $0 + $1.filesDone }) files done, \(spools.reduce(0) { $0 + $1.filesRejected }) rejected, \
        \(spools.reduce(0) { $0 + $1.itemsIngested }) items ingested, \(spoolQuarantined) items quarantined
        """)
        if let replica { print(replica.line) }
    }

    /// The standby's lag when a read URL is configured, reusing the session's connection where it
    /// is one of the two servers; nil without a read URL.
    private func replicaLag(_ session: TimelineSession) throws -> ReplicaLag? {
        guard let standby = try read.replicaConfiguration() else { return nil }
        let standbyConnection = session.readOnly ? session.connection : try? PostgresConnection.connect(standby)
        guard let standbyConnection else {
            return .unreachable(standby.redactedDescription)
        }
        defer { if !session.readOnly { standbyConnection.close() } }
        let primary = session.readOnly ? (try? database.configuration()).flatMap { try? PostgresConnection.connect($0) } : session.connection
        defer { if session.readOnly { primary?.close() } }
        return try ReplicaLag.measure(standby: standby.redactedDescription, standby: standbyConnection, primary: primary)
    }
}

/// `timeline status --json`: the status, with the standby's lag when one is configured.
private struct StatusJSON: Encodable {
    let status: TimelineStatus
    let replica: ReplicaLag?

    func encode(to encoder: any Encoder) throws {
        try status.encode(to: encoder)
        var container = encoder.container(keyedBy: Key.self)
        try container.encodeIfPresent(replica, forKey: .replica)
    }

    private enum Key: String, CodingKey { case replica }
}
