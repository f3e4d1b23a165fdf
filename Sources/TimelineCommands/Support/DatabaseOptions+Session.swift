import ArgumentParser
import EventStore
import Foundation
import Postgres

extension DatabaseOptions {
    /// Connects (starting the embedded cluster if that is the target), applies pending
    /// migrations, and returns a session for the timeline commands.
    func openSession() throws -> TimelineSession {
        TimelineSession(connection: try connect(migrate: true))
    }

    /// Where the data is, for people: never a password.
    var displayName: String {
        switch try? target() {
        case .configured(let configuration, let source)?: return "\(configuration.redactedDescription) (from \(source))"
        case .embedded(let cluster)?:
            guard let directory = cluster.clusterDirectory, directory != cluster.home.path + "/postgres" else {
                return "embedded PostgreSQL in \(cluster.home.path)/postgres"
            }
            return "embedded PostgreSQL in \(directory) (for TIMELINE_HOME \(cluster.home.path), which the postgres OS user cannot reach)"
        case nil: return "unresolved"
        }
    }

    /// Runs `body` on a migrated scratch database (`timeline_bench_<pid>`) on the configured
    /// server, dropped afterwards: benchmarks never touch the real timelines.
    func withScratchDatabase<T>(_ body: (PostgresConnection, String) throws -> T) throws -> T {
        try withScratchDatabase { connection, _, description in try body(connection, description) }
    }

    /// The same, also handing over the scratch database's configuration, for benchmarks that
    /// open more connections to it.
    func withScratchDatabase<T>(_ body: (PostgresConnection, PostgresConfiguration, String) throws -> T) throws -> T {
        let server = try configuration()
        let name = "timeline_bench_\(getpid())"
        let admin = try PostgresConnection.connect(server)
        defer { admin.close() }
        try admin.dropDatabase(name)
        try admin.createDatabase(name)
        defer { try? admin.dropDatabase(name) }
        let connection = try PostgresConnection.connect(server.withDatabase(name))
        defer { connection.close() }
        try migrator(for: connection).migrate()
        return try body(connection, server.withDatabase(name), "\(server.redactedDescription) (scratch database \(name))")
    }
}
