import ArgumentParser
import Foundation
import Postgres
#if canImport(Glibc)
import Glibc
#endif

/// `timeline db psql`: replaces this process with `psql` connected to the database.
/// A password is passed through `PGPASSWORD`, never on the command line.
struct DbPsqlCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "psql", abstract: "Open psql on the database.")

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        guard let path = ExecutableSearch.path(of: "psql") else {
            throw CommandFailure("psql was not found on PATH; install it with `apt-get install postgresql-client`")
        }
        let configuration: PostgresConfiguration
        do {
            configuration = try database.configuration()
        } catch {
            throw CommandFailure(explain(error))
        }
        for (name, value) in configuration.childProcessEnvironment() { setenv(name, value, 1) }
        let arguments = [path, configuration.urlWithoutPassword]
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        execv(path, argv)
        throw CommandFailure("could not start \(path) (errno \(errno))")
    }
}
