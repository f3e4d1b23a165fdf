import ArgumentParser
import EmbeddedPostgres

/// `timeline db replica start`.
struct DbReplicaStartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "start", abstract: "Start the standby; it catches up from its slot.")

    @OptionGroup var database: DatabaseOptions

    @Option(help: "The port that names the standby's socket file.")
    var port: Int = 5433

    func run() throws {
        let replica = try ReplicaTarget.embedded(database, port: port)
        do {
            let standby = try replica.start()
            print("standby running")
            print("read url: \(standby.url(database: DatabaseOptions.embeddedDatabase))")
        } catch {
            throw CommandFailure(explain(error))
        }
    }
}
