import Foundation

/// A streaming-replication standby of an ``EmbeddedCluster`` on the same machine: a copy made by
/// `pg_basebackup` under `<home>/replica/postgres`, following the primary through a replication
/// slot over the primary's Unix socket, answering read-only queries on a socket of its own
/// (port 5433 by default). It makes the read-replica set-up testable on one machine.
///
/// ```swift
/// let replica = EmbeddedReplica(primary: EmbeddedCluster(home: home))
/// let standby = try replica.create()   // copies the running primary, starts the standby
/// standby.url(database: "timeline")    // "postgresql://postgres@/timeline?host=<home>/replica/postgres&port=5433"
/// ```
public struct EmbeddedReplica: Sendable {
    /// The replication slot the standby streams from: the primary keeps the WAL the standby has
    /// not yet received (drop the replica with the slot, or the primary keeps WAL for ever).
    public static let slotName = "timeline_replica"

    /// The cluster this standby copies and follows.
    public let primary: EmbeddedCluster
    /// The port that names the standby's socket file.
    public let port: Int

    public init(primary: EmbeddedCluster, port: Int = 5433) {
        self.primary = primary
        self.port = port
    }

    /// `<primary home>/replica`: the standby as a cluster of its own.
    public var cluster: EmbeddedCluster {
        EmbeddedCluster(home: primary.home.appendingPathComponent("replica", isDirectory: true), port: port, durability: primary.durability)
    }

    /// Whether a standby has been made (its data directory exists).
    public var exists: Bool {
        guard let location = try? ClusterLocation.resolve(home: cluster.home) else { return false }
        return FileManager.default.fileExists(atPath: location.dataDirectory + "/PG_VERSION")
    }

    /// Copies the primary (started if needed) with `pg_basebackup` and starts the standby.
    /// - Parameter createSlot: whether `pg_basebackup` creates ``slotName`` on the primary (false
    ///   when the slot is already there).
    /// - Throws: ``EmbeddedPostgresError`` with code `replicaState` when a standby already exists,
    ///   `backupFailed` when the copy fails (the partial copy is removed).
    @discardableResult
    public func create(createSlot: Bool = true) throws -> EmbeddedCluster.Connection {
        guard !exists else {
            throw EmbeddedPostgresError(code: .replicaState, message: "a standby already exists in \(try status().dataDirectory)")
        }
        let source = try primary.start()
        let location = try ClusterLocation.resolve(home: cluster.home)
        try location.prepareDirectory()
        let binaries = try ServerBinaries.locate()
        var arguments = [
            binaries.pgBasebackup, "-D", location.dataDirectory, "-h", source.socketDirectory, "-p", String(source.port),
            "-U", source.user, "-X", "stream", "-R", "-S", Self.slotName, "--checkpoint=fast",
        ]
        if createSlot { arguments.append("-C") }
        if primary.durability == .fastUnsafe { arguments.append("--no-sync") }
        let status = try ProcessRunner.run(location.command(arguments), outputFile: location.commandLog)
        guard status == 0 else {
            try? removeDataDirectory(location)
            throw EmbeddedPostgresError(
                code: .backupFailed,
                message: "pg_basebackup exited with \(status); see \(location.commandLog):\n" + ProcessRunner.tail(of: location.commandLog))
        }
        return try cluster.start()
    }

    /// Starts the standby made by ``create(createSlot:)``; it catches up with the primary from its slot.
    @discardableResult
    public func start() throws -> EmbeddedCluster.Connection {
        guard exists else { throw Self.missing }
        return try cluster.start()
    }

    /// Stops the standby (fast shutdown) if it runs; its data is kept.
    public func stop() throws {
        guard exists else { throw Self.missing }
        try cluster.stop()
    }

    /// Stops the standby and removes its data. The slot on the primary is the caller's to drop.
    public func remove() throws {
        guard exists else { throw Self.missing }
        try cluster.stop()
        try removeDataDirectory(try ClusterLocation.resolve(home: cluster.home))
    }

    /// Where the standby lives and whether it runs.
    public func status() throws -> EmbeddedCluster.Status { try cluster.status() }

    private func removeDataDirectory(_ location: ClusterLocation) throws {
        do {
            if FileManager.default.fileExists(atPath: location.dataDirectory) {
                try FileManager.default.removeItem(atPath: location.dataDirectory)
            }
        } catch {
            throw EmbeddedPostgresError(code: .directorySetupFailed, message: "cannot remove \(location.dataDirectory): \(error.localizedDescription)")
        }
    }

    private static let missing = EmbeddedPostgresError(
        code: .replicaState, message: "there is no standby yet: make one with `timeline db replica create`")
}
