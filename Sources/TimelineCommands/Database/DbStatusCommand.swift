import ArgumentParser
import EmbeddedPostgres
import EventStore
import Postgres

/// `timeline db status`: where the database is, whether it runs, migrations and the log head.
/// Never prints a password. Does not start a stopped embedded cluster.
struct DbStatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "status", abstract: "Show the database location, state, migrations and log head.")

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        do {
            let configuration: PostgresConfiguration
            switch try database.target() {
            case .configured(let configured, let source):
                configuration = configured
                print("source: \(source)")
                print("url: \(configured.redactedDescription)")
            case .embedded(let cluster):
                let status = try cluster.status()
                print("source: embedded cluster in \(cluster.home.path)")
                print("url: \(status.connection.url(database: DatabaseOptions.embeddedDatabase))")
                print("data directory: \(status.dataDirectory)" + (status.isRelocated ? " (moved here: the postgres user cannot enter \(cluster.home.path))" : ""))
                print("server log: \(status.logFile)")
                guard status.isRunning else {
                    print("running: no" + (status.isInitialized ? " (start it with `timeline db start`)" : " (not created yet; `timeline db start` creates it)"))
                    return
                }
                print("running: yes (pid \(status.pid.map(String.init) ?? "?"))")
                configuration = try PostgresConfiguration(url: status.connection.url(database: DatabaseOptions.embeddedDatabase))
            }
            let connection: PostgresConnection
            do {
                connection = try PostgresConnection.connect(configuration)
            } catch {
                print("reachable: no (\(explain(error)))")
                return
            }
            defer { connection.close() }
            if case .configured = try database.target() {
                print("reachable: yes")
                if let directory = try? connection.query("SELECT current_setting('data_directory') AS d")[0]["d"] {
                    print("data directory: \(directory)")
                }
            }
            print("migrations:")
            for line in try database.migrator(for: connection).status() {
                switch line.state {
                case .applied(let date): print("  \(line.fileName)  applied \(date)")
                case .pending: print("  \(line.fileName)  pending")
                case .checksumMismatch: print("  \(line.fileName)  EDITED AFTER BEING APPLIED")
                case .missingFile: print("  \(line.fileName)  applied, file missing")
                }
            }
            if try connection.query("SELECT to_regclass('events') IS NOT NULL AS present")[0].bool("present") {
                print("log head position: \(try EventLog(connection: connection).headPosition())")
            } else {
                print("log head position: - (schema not migrated)")
            }
        } catch {
            throw CommandFailure(explain(error))
        }
    }
}
