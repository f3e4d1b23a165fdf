import ArgumentParser
import EmbeddedPostgres
import Postgres

/// `timeline db start`: starts the embedded cluster (creating it on first use).
struct DbStartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "start", abstract: "Start the embedded PostgreSQL cluster.")

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        do {
            guard case .embedded(let cluster) = try database.target() else {
                print("an external server is configured; nothing to start")
                return
            }
            let configuration = try database.configuration()
            let status = try cluster.status()
            print("running: yes (pid \(status.pid.map(String.init) ?? "?"))")
            print("url: \(configuration.redactedDescription)")
            print("data directory: \(status.dataDirectory)")
        } catch {
            throw CommandFailure(explain(error))
        }
    }
}
