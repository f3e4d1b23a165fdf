import ArgumentParser
import EmbeddedPostgres

/// `timeline db stop`: stops the embedded cluster.
struct DbStopCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "stop", abstract: "Stop the embedded PostgreSQL cluster.")

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        do {
            guard case .embedded(let cluster) = try database.target() else {
                print("an external server is configured; nothing to stop")
                return
            }
            try cluster.stop()
            print("stopped (data kept in \(try cluster.status().dataDirectory))")
        } catch {
            throw CommandFailure(explain(error))
        }
    }
}
