import ArgumentParser
import Foundation
import EmbeddedPostgres
import Postgres

/// Where read-only commands (`actor`, `actors list`, `events list`, `explain`, `status`, `feeds`,
/// `serve`) read from: a streaming-replication standby given by `--read-url` or
/// `$TIMELINE_READ_URL`, else the database every command uses. Writes always go to the primary.
///
/// Before reading from the standby a command waits (up to `--replica-wait` seconds) until the
/// standby has replayed this machine's last write to that primary (``WritePosition``); when it has
/// not by then, or cannot be reached, or its schema is behind, the command says so on standard
/// error and reads from the primary instead.
struct ReadOptions: ParsableArguments {
    @Option(name: .customLong("read-url"), help: ArgumentHelp(
        "A standby (read replica) to read from (default: $TIMELINE_READ_URL); writes still go to the primary.",
        valueName: "url"))
    var readURL: String?

    @Option(name: .customLong("replica-wait"), help: ArgumentHelp(
        "Seconds to wait for the standby to replay this machine's last write before reading from the primary instead.",
        valueName: "seconds"))
    var replicaWait: Double = 10

    init() {}

    func validate() throws {
        guard replicaWait >= 0, replicaWait.isFinite else { throw ValidationError(ReplicaWording.negativeWait) }
    }

    /// The standby's configuration, or nil when reads go to the primary.
    func replicaConfiguration(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> PostgresConfiguration? {
        try Self.standby(readURL, environment: environment)
    }

    /// `url`, else `$TIMELINE_READ_URL`, parsed; nil when neither is set.
    static func standby(_ url: String?, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> PostgresConfiguration? {
        let url = url.flatMap { $0.isEmpty ? nil : $0 } ?? environment["TIMELINE_READ_URL"].flatMap { $0.isEmpty ? nil : $0 }
        guard let url else { return nil }
        do {
            return try PostgresConfiguration(url: url)
        } catch {
            throw CommandFailure(ReplicaWording.unparsableURL)
        }
    }
}

extension DatabaseOptions {
    /// A session for a read-only command: on the standby when one is configured and has caught up
    /// with this machine's writes, else on the primary (as ``openSession()``).
    func openReadSession(_ read: ReadOptions) throws -> TimelineSession {
        guard let replica = try read.replicaConfiguration() else { return try openSession() }
        let readiness = ReplicaReadiness.check(replica, waitingFor: writePosition.last(), seconds: read.replicaWait) { connection in
            try migrator(for: connection).pendingVersions().count
        }
        switch readiness {
        case .ready(let connection):
            return TimelineSession(connection: connection, readOnly: true, source: "standby \(replica.redactedDescription)")
        case .notReady(let reason):
            FileHandle.standardError.write(Data((reason + "; reading from the primary\n").utf8))
            return try openSession()
        }
    }

    /// This machine's last write to the primary, for replica reads to wait on.
    var writePosition: WritePosition {
        let key: String
        switch try? target() {
        case .configured(let configuration, _)?: key = configuration.redactedDescription
        case .embedded(let cluster)?: key = cluster.clusterDirectory ?? cluster.home.path
        case nil: key = "unresolved"
        }
        let homeURL = home.map { URL(fileURLWithPath: $0, isDirectory: true) } ?? EmbeddedCluster.defaultHome()
        return WritePosition(primary: key, home: homeURL)
    }
}
