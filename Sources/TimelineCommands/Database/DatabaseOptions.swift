import ArgumentParser
import EmbeddedPostgres
import EventStore
import Foundation
import Postgres

/// Which PostgreSQL to use, shared by every command that needs the database.
///
/// Order: `--database-url`, else `$DATABASE_URL`, else the `PG*` variables (when `PGHOST` or
/// `PGDATABASE` is set), else the embedded cluster in `--home` / `$TIMELINE_HOME` /
/// `~/.local/share/timeline`, started on demand, with its database `timeline` created if missing.
public struct DatabaseOptions: ParsableArguments {
    @Option(name: .customLong("database-url"), help: "PostgreSQL URL or conninfo (default: $DATABASE_URL, PG* variables, or the embedded cluster).")
    public var databaseURL: String?

    @Option(name: .customLong("home"), help: "Directory of the embedded cluster (default: $TIMELINE_HOME or ~/.local/share/timeline).")
    public var home: String?

    @Option(name: .customLong("sql-dir"), help: "Directory of the numbered migration files (default: $TIMELINE_SQL_DIR, ./sql, or next to the executable).")
    public var sqlDirectory: String?

    public init() {}

    /// Where the database comes from.
    public enum Target {
        case configured(PostgresConfiguration, source: String)
        case embedded(EmbeddedCluster)
    }

    /// The database named by the embedded default.
    public static let embeddedDatabase = "timeline"

    /// Resolves the target without connecting.
    public func target(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Target {
        do {
            if let databaseURL, !databaseURL.isEmpty {
                return .configured(try PostgresConfiguration(url: databaseURL), source: "--database-url")
            }
            if let url = environment["DATABASE_URL"], !url.isEmpty {
                return .configured(try PostgresConfiguration(url: url), source: "DATABASE_URL")
            }
        } catch {
            throw CommandFailure("the database URL could not be parsed: use postgresql://user@host:port/database or key=value conninfo")
        }
        if environment["PGHOST"].map({ !$0.isEmpty }) == true || environment["PGDATABASE"].map({ !$0.isEmpty }) == true {
            return .configured(PostgresConfiguration.fromEnvironment(environment), source: "PG* environment variables")
        }
        let homeURL = home.map { URL(fileURLWithPath: $0, isDirectory: true) } ?? EmbeddedCluster.defaultHome(environment: environment)
        return .embedded(EmbeddedCluster(home: homeURL))
    }

    /// The connection configuration, starting the embedded cluster and creating its database if needed.
    public func configuration() throws -> PostgresConfiguration {
        switch try target() {
        case .configured(let configuration, _):
            return configuration
        case .embedded(let cluster):
            let server = try PostgresConfiguration(url: try cluster.start().url)
            let admin = try PostgresConnection.connect(server)
            defer { admin.close() }
            let exists = try admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [.text(Self.embeddedDatabase)])
            if exists.isEmpty {
                do {
                    try admin.createDatabase(Self.embeddedDatabase)
                } catch let error as PostgresError where error.sqlState == "42P04" || error.sqlState == "23505" {
                    // Another `timeline` process created it first (both saw it missing): it exists now.
                }
            }
            return server.withDatabase(Self.embeddedDatabase)
        }
    }

    /// Connects; with `migrate`, applies pending migrations first (commands that need the schema).
    public func connect(migrate: Bool) throws -> PostgresConnection {
        let connection = try PostgresConnection.connect(configuration())
        if migrate {
            do {
                try migrator(for: connection).migrate()
            } catch {
                connection.close()
                throw error
            }
        }
        return connection
    }

    /// A migrator on the located `sql/` directory.
    public func migrator(for connection: PostgresConnection) throws -> Migrator {
        Migrator(connection: connection, directory: try Migrator.locateSQLDirectory(explicit: sqlDirectory))
    }
}
