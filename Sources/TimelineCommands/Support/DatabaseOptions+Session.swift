import ArgumentParser
import EventStore
import Foundation
import Postgres

extension DatabaseOptions {
    /// Connects (starting the embedded cluster if that is the target), applies pending
    /// migrations, and returns a session for the timeline commands.
    /// On closing, the session records the primary's WAL position (``WritePosition``), so that
    /// a later read from a standby waits until it has this session's writes.
    func openSession() throws -> TimelineSession {
        let position = writePosition
        return TimelineSession(connection: try connect(migrate: true)) { position.record(from: $0) }
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
        let scratch = try ScratchDatabase(self)
        defer { scratch.drop() }
        return try body(scratch.connection, scratch.configuration, scratch.description)
    }

    /// The same for benchmarks that wait on other tasks or processes while the database is in use
    /// (`bench serve`, `bench spool`).
    func withScratchDatabase<T>(during body: (PostgresConnection, PostgresConfiguration, String) async throws -> T) async throws -> T {
        let scratch = try ScratchDatabase(self)
        defer { scratch.drop() }
        return try await body(scratch.connection, scratch.configuration, scratch.description)
    }
}

/// A migrated database `timeline_bench_<pid>` on the configured server, made afresh, with one
/// connection to it; `drop()` closes the connection and removes the database.
private struct ScratchDatabase {
    let admin: PostgresConnection
    let name: String
    let configuration: PostgresConfiguration
    let connection: PostgresConnection
    let description: String

    init(_ options: DatabaseOptions) throws {
        let server = try options.configuration()
        name = "timeline_bench_\(getpid())"
        admin = try PostgresConnection.connect(server)
        do {
            try admin.dropDatabase(name)
            try admin.createDatabase(name)
            configuration = server.withDatabase(name)
            connection = try PostgresConnection.connect(configuration)
        } catch {
            try? admin.dropDatabase(name)
            admin.close()
            throw error
        }
        description = "\(server.redactedDescription) (scratch database \(name))"
        do {
            try options.migrator(for: connection).migrate()
        } catch {
            drop()
            throw error
        }
    }

    func drop() {
        connection.close()
        try? admin.dropDatabase(name)
        admin.close()
    }
}
