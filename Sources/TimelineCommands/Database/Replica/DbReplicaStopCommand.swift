import ArgumentParser
import EmbeddedPostgres

/// `timeline db replica stop`.
struct DbReplicaStopCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stop", abstract: "Stop the standby (its data and slot are kept: the primary keeps WAL for it).")

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let replica = try ReplicaTarget.embedded(database, port: 5433)
        do {
            try replica.stop()
            print("standby stopped (data kept in \(try replica.status().dataDirectory))")
        } catch {
            throw CommandFailure(explain(error))
        }
    }
}
