import ArgumentParser
import EventStore

/// `timeline db migrate`: applies pending files of `sql/`.
struct DbMigrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "migrate", abstract: "Apply pending schema migrations.")

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        do {
            let connection = try database.connect(migrate: false)
            defer { connection.close() }
            let applied = try database.migrator(for: connection).migrate()
            if applied.isEmpty { print("schema is up to date") }
            for migration in applied { print("applied \(migration.fileName)") }
        } catch {
            throw CommandFailure(explain(error))
        }
    }
}
