import Foundation
import Logging
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A private PostgreSQL cluster under `<home>/postgres`, created with the installed server programs and
/// reachable only through a Unix socket in that directory. Later runs reuse it (starting it if stopped).
///
/// ```swift
/// let cluster = EmbeddedCluster(home: EmbeddedCluster.defaultHome())
/// let connection = try cluster.start()
/// connection.url   // "postgresql://postgres@/postgres?host=/root/.local/share/timeline/postgres&port=5432"
/// ```
/// As root the server runs as the `postgres` OS user; see ``Status/isRelocated``.
public struct EmbeddedCluster: Sendable {
    /// The directory given at creation (`$TIMELINE_HOME` or `~/.local/share/timeline` by default).
    public let home: URL
    /// The port that names the socket file.
    public let port: Int
    /// Settings profile used when the server starts.
    public let durability: Durability
    private let logger = Logger(label: "timeline.embedded-postgres")

    public init(home: URL, port: Int = 5432, durability: Durability = .durable) {
        self.home = home
        self.port = port
        self.durability = durability
    }

    /// Where the cluster's files really are: `<home>/postgres`, or as root, when the `postgres` OS
    /// user cannot reach `home`, `/var/lib/timeline/<hash of home>`; nil when that cannot be told
    /// (as root without a `postgres` user).
    ///
    /// Example: as root with the default home, `"/var/lib/timeline/9c1f…"`; as user `asha`,
    /// `"/home/asha/.local/share/timeline/postgres"`.
    public var clusterDirectory: String? {
        try? ClusterLocation.resolve(home: home).clusterDirectory
    }

    /// `$TIMELINE_HOME`, else `~/.local/share/timeline`.
    public static func defaultHome(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let home = environment["TIMELINE_HOME"], !home.isEmpty { return URL(fileURLWithPath: home, isDirectory: true) }
        return FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".local/share/timeline", isDirectory: true)
    }

    /// Creates the cluster if needed, starts it if it is not running, and returns how to reach the
    /// `postgres` database. Safe to call from several processes at once (serialized by a lock file).
    public func start() throws -> Connection {
        let location = try ClusterLocation.resolve(home: home)
        try location.prepareDirectory()
        return try withStartLock(location) {
            let binaries = try ServerBinaries.locate()
            if !FileManager.default.fileExists(atPath: location.dataDirectory + "/PG_VERSION") {
                try initialize(location, binaries)
            }
            if try !isRunning(location, binaries) {
                try startServer(location, binaries)
            }
            return connection(location)
        }
    }

    /// Stops the server (fast shutdown) if it is running.
    public func stop() throws {
        let location = try ClusterLocation.resolve(home: home)
        guard FileManager.default.fileExists(atPath: location.dataDirectory + "/PG_VERSION") else { return }
        let binaries = try ServerBinaries.locate()
        guard try isRunning(location, binaries) else { return }
        let status = try ProcessRunner.run(
            location.command([binaries.pgCtl, "-D", location.dataDirectory, "-m", "fast", "-w", "-t", "60", "stop"]),
            outputFile: location.commandLog)
        guard status == 0 else {
            throw EmbeddedPostgresError(
                code: .stopFailed,
                message: "pg_ctl stop exited with \(status); see \(location.commandLog):\n" + ProcessRunner.tail(of: location.commandLog))
        }
    }

    /// Whether the cluster exists and runs, where it lives and how to reach it.
    public func status() throws -> Status {
        let location = try ClusterLocation.resolve(home: home)
        let initialized = FileManager.default.fileExists(atPath: location.dataDirectory + "/PG_VERSION")
        var running = false
        var pid: Int32?
        if initialized {
            running = try isRunning(location, try ServerBinaries.locate())
            if running,
                let text = try? String(contentsOfFile: location.dataDirectory + "/postmaster.pid", encoding: .utf8),
                let first = text.split(separator: "\n").first
            {
                pid = Int32(first.trimmingCharacters(in: .whitespaces))
            }
        }
        return Status(
            isRunning: running, isInitialized: initialized, dataDirectory: location.dataDirectory,
            logFile: location.logFile, connection: connection(location), pid: pid, isRelocated: location.relocated)
    }

    private func connection(_ location: ClusterLocation) -> Connection {
        Connection(socketDirectory: location.clusterDirectory, port: port, user: "postgres", database: "postgres")
    }

    private func initialize(_ location: ClusterLocation, _ binaries: ServerBinaries) throws {
        logger.info("creating PostgreSQL cluster", metadata: ["data": "\(location.dataDirectory)"])
        // Text sorts in code point order either way; collation C gets there by comparing bytes
        // (10-40% faster sorts and groupings of text in the reporting questions than the C.UTF-8
        // locale's strcoll) and does not change with the C library. Character classes (upper,
        // lower, regular expressions on Devanagari) still come from C.UTF-8.
        var arguments = [binaries.initdb, "-D", location.dataDirectory, "-U", "postgres", "-A", "trust", "-E", "UTF8",
                         "--locale=C.UTF-8", "--lc-collate=C"]
        if durability == .fastUnsafe { arguments.append("--no-sync") }
        let status = try ProcessRunner.run(location.command(arguments), outputFile: location.commandLog)
        guard status == 0 else {
            throw EmbeddedPostgresError(
                code: .initializationFailed,
                message: "initdb exited with \(status); see \(location.commandLog):\n" + ProcessRunner.tail(of: location.commandLog))
        }
    }

    private func isRunning(_ location: ClusterLocation, _ binaries: ServerBinaries) throws -> Bool {
        let status = try ProcessRunner.run(
            location.command([binaries.pgCtl, "-D", location.dataDirectory, "status"]), outputFile: "/dev/null")
        return status == 0
    }

    private func startServer(_ location: ClusterLocation, _ binaries: ServerBinaries) throws {
        var options = "-k '\(location.clusterDirectory)' -c listen_addresses='' -p \(port)"
        for setting in ServerSettings(durability: durability).options { options += " -c \(setting)" }
        logger.info("starting PostgreSQL", metadata: ["data": "\(location.dataDirectory)"])
        let status = try ProcessRunner.run(
            location.command([binaries.pgCtl, "-D", location.dataDirectory, "-l", location.logFile, "-w", "-t", "60", "-o", options, "start"]),
            outputFile: location.commandLog)
        guard status == 0 else {
            throw EmbeddedPostgresError(
                code: .startFailed,
                message: "pg_ctl start exited with \(status); see \(location.logFile):\n" + ProcessRunner.tail(of: location.logFile))
        }
    }

    /// Holds an exclusive `flock` on `<cluster>/../.<name>.lock` while `body` runs.
    private func withStartLock<T>(_ location: ClusterLocation, _ body: () throws -> T) throws -> T {
        let lockPath = location.clusterDirectory + ".lock"
        let descriptor = open(lockPath, O_CREAT | O_RDWR, 0o644)
        guard descriptor >= 0 else {
            throw EmbeddedPostgresError(code: .directorySetupFailed, message: "cannot open lock file \(lockPath) (errno \(errno))")
        }
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else {
                throw EmbeddedPostgresError(code: .directorySetupFailed, message: "cannot lock \(lockPath) (errno \(errno))")
            }
        }
        defer { flock(descriptor, LOCK_UN) }
        return try body()
    }
}
