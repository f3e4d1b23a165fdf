import ArgumentParser
import Postgres

/// `timeline db revoke-analyst NAME`: takes a login role out of `timeline_analyst`; `--drop` removes it.
struct DbRevokeAnalystCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revoke-analyst", abstract: "Take a login role's reporting access away (and optionally drop the role).")

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "Login role created by grant-analyst.")
    var name: String

    @Flag(help: "Drop the role as well (it must own nothing).")
    var drop = false

    func validate() throws {
        try AnalystRoleName.validate(name)
    }

    func run() throws {
        do {
            let connection = try database.connect(migrate: true)
            defer { connection.close() }
            guard try connection.roleExists(name) else { throw CommandFailure("no role named \(name) exists") }
            try connection.transaction { conn in
                if try conn.isMember(name, of: AnalystRoleName.group) { try conn.revokeRole(AnalystRoleName.group, from: name) }
                if drop { try conn.dropRole(name) }
            }
            print(drop ? "role \(name) dropped" : "role \(name) is no longer a member of \(AnalystRoleName.group)")
        } catch {
            throw CommandFailure(explain(error))
        }
    }
}
