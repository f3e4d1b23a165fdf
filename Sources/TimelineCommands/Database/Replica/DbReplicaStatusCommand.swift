import ArgumentParser
import EmbeddedPostgres

/// `timeline db replica status`.
struct DbReplicaStatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "status", abstract: "Show whether the standby exists and runs, and its read URL.")

    @OptionGroup var database: DatabaseOptions

    @Option(help: "The port that names the standby's socket file.")
    var port: Int = 5433

    @Flag(help: "Print only the read URL (for TIMELINE_READ_URL).")
    var url = false

    func run() throws {
        let replica = try ReplicaTarget.embedded(database, port: port)
        do {
            let status = try replica.status()
            let readURL = status.connection.url(database: DatabaseOptions.embeddedDatabase)
            if url {
                guard replica.exists else { throw CommandFailure("there is no standby yet: make one with `timeline db replica create`") }
                print(readURL)
                return
            }
            print("exists: \(replica.exists ? "yes" : "no (make one with `timeline db replica create`)")")
            guard replica.exists else { return }
            print("running: \(status.isRunning ? "yes (pid \(status.pid.map(String.init) ?? "?"))" : "no (start it with `timeline db replica start`)")")
            print("data directory: \(status.dataDirectory)")
            print("server log: \(status.logFile)")
            print("read url: \(readURL)")
        } catch {
            throw CommandFailure(explain(error))
        }
    }
}
