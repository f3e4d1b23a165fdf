import ArgumentParser
import EmbeddedPostgres
import Postgres

/// `timeline db replica drop`: removes the standby and its replication slot.
struct DbReplicaDropCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "drop", abstract: "Stop and remove the standby, and drop its replication slot on the primary.")

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let replica = try ReplicaTarget.embedded(database, port: 5433)
        do {
            if replica.exists {
                try replica.remove()
                print("standby removed")
            } else {
                print("no standby to remove")
            }
            // The slot goes too: a slot nobody reads keeps the primary's WAL for ever.
            if try ReplicaSlot.drop(on: database.configuration()) { print("slot \(EmbeddedReplica.slotName) dropped") }
        } catch {
            throw CommandFailure(explain(error))
        }
    }
}
