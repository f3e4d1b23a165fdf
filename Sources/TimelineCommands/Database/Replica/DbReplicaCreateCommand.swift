import ArgumentParser
import EmbeddedPostgres
import Postgres

/// `timeline db replica create`: copies the embedded primary into a standby and starts it.
struct DbReplicaCreateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create", abstract: "Copy the embedded cluster into a standby (pg_basebackup, replication slot) and start it.")

    @OptionGroup var database: DatabaseOptions

    @Option(help: "The port that names the standby's socket file.")
    var port: Int = 5433

    func validate() throws {
        guard (1...65_535).contains(port) else { throw ValidationError("--port must be between 1 and 65535") }
    }

    func run() throws {
        let replica = try ReplicaTarget.embedded(database, port: port)
        do {
            // The primary holds the schema before it is copied, so the standby can be read at once.
            try database.connect(migrate: true).close()
            let slotExists = try ReplicaSlot.exists(on: database.configuration())
            let standby = try replica.create(createSlot: !slotExists)
            print("standby running (data in \(try replica.status().dataDirectory))")
            print("slot: \(EmbeddedReplica.slotName) on the primary")
            print("read url: \(standby.url(database: DatabaseOptions.embeddedDatabase))")
            print("use it: export TIMELINE_READ_URL='\(standby.url(database: DatabaseOptions.embeddedDatabase))'")
        } catch {
            throw CommandFailure(explain(error))
        }
    }
}
