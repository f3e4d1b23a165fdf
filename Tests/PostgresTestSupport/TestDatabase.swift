import EmbeddedPostgres
import Foundation
import Postgres
import Synchronization

/// Throwaway databases on a real PostgreSQL server for tests.
///
/// The server is `TIMELINE_TEST_DATABASE_URL` when set; otherwise an embedded cluster under
/// `/tmp/timeline-test-cluster` (fsync off), started once per process and reused across runs.
/// ```swift
/// try TestDatabase.withFresh { conn, url in
///     try conn.query("CREATE TABLE t (word text)")
/// }   // the database is dropped afterwards (on a thread of its own), even when the body throws
/// ```
public enum TestDatabase {
    /// Home of the embedded test cluster.
    public static let embeddedHome = URL(fileURLWithPath: "/tmp/timeline-test-cluster", isDirectory: true)

    private static let server: Result<PostgresConfiguration, any Error> = Result { try resolveServer() }
    private static let counter = Atomic<Int>(0)
    /// Drops the databases of ``withFresh(_:)`` off the test's thread (see ``DatabaseDropper``).
    private static let dropper: DatabaseDropper = {
        let dropper = DatabaseDropper()
        atexit { TestDatabase.dropper.finish() }
        return dropper
    }()

    /// Waits until the databases of every finished ``withFresh(_:)`` are dropped.
    public static func finishDrops() { dropper.finish() }

    /// The server's administrative configuration (database `postgres` on the embedded cluster).
    public static func serverConfiguration() throws -> PostgresConfiguration { try server.get() }

    private static func resolveServer() throws -> PostgresConfiguration {
        let environment = ProcessInfo.processInfo.environment
        if let url = environment["TIMELINE_TEST_DATABASE_URL"], !url.isEmpty {
            return try PostgresConfiguration(url: url)
        }
        let cluster = EmbeddedCluster(home: embeddedHome, durability: .fastUnsafe)
        let configuration = try PostgresConfiguration(url: try cluster.start().url)
        dropStaleDatabases(configuration)
        return configuration
    }

    /// Drops test databases left behind by test processes that no longer exist (embedded cluster only).
    private static func dropStaleDatabases(_ configuration: PostgresConfiguration) {
        guard let admin = try? PostgresConnection.connect(configuration) else { return }
        defer { admin.close() }
        guard let rows = try? admin.query("SELECT datname FROM pg_database WHERE datname LIKE 'timeline\\_test\\_%'") else { return }
        for row in rows {
            guard let name = row["datname"] else { continue }
            let parts = name.split(separator: "_")
            guard parts.count > 2, let pid = Int32(parts[2]), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
            try? admin.dropDatabase(name)
        }
    }

    /// Creates an empty database with a unique name and returns its URL (the caller drops it with ``drop(_:)``).
    public static func freshDatabaseURL() throws -> String {
        let configuration = try server.get()
        let number = counter.add(1, ordering: .relaxed).newValue
        let name = "timeline_test_\(getpid())_\(number)_\(String(UInt32.random(in: 0...UInt32.max), radix: 36))"
        let admin = try PostgresConnection.connect(configuration)
        defer { admin.close() }
        try admin.createDatabase(name)
        return configuration.withDatabase(name).url(includingPassword: true)
    }

    /// Drops the database named in `url`, ending sessions still connected to it.
    public static func drop(_ url: String) throws {
        guard let name = try PostgresConfiguration(url: url).database else { return }
        let admin = try PostgresConnection.connect(try server.get())
        defer { admin.close() }
        try admin.dropDatabase(name)
    }

    /// Runs `body` with a connection to a fresh database; always closes it and drops the database.
    public static func withFresh<T>(_ body: (PostgresConnection, String) throws -> T) throws -> T {
        let url = try freshDatabaseURL()
        defer { dropper.dropLater(url) }
        let connection = try PostgresConnection.connect(url)
        defer { connection.close() }
        return try body(connection, url)
    }

    /// The async form of ``withFresh(_:)``.
    public static func withFresh<T>(_ body: (PostgresConnection, String) async throws -> T) async throws -> T {
        let url = try freshDatabaseURL()
        defer { dropper.dropLater(url) }
        let connection = try PostgresConnection.connect(url)
        defer { connection.close() }
        return try await body(connection, url)
    }
}
