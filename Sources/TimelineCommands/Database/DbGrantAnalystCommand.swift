import ArgumentParser
import Foundation
import Postgres

/// `timeline db grant-analyst NAME`: a login role that can read the `reporting` views and nothing else.
///
/// Creates the role when missing, makes it a member of `timeline_analyst`, and sets
/// `default_transaction_read_only = on` and `search_path = reporting` for its sessions. With
/// `--password-stdin` the first line of standard input becomes its password; libpq hashes it on this
/// side, so neither the password nor a statement containing it reaches the server or its logs.
struct DbGrantAnalystCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grant-analyst",
        abstract: "Create a login role that can only read the reporting views.",
        discussion: """
        Example: timeline db grant-analyst asha --password-stdin < password.txt
        Without a password the role can log in only where the server trusts it (the embedded \
        cluster's Unix socket); set one for TCP connections.
        """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "Login role to create or update: lowercase letters, digits and _, at most 63.")
    var name: String

    @Flag(name: .customLong("password-stdin"), help: "Read the role's password from the first line of standard input.")
    var passwordStdin = false

    func validate() throws {
        try AnalystRoleName.validate(name)
    }

    func run() throws {
        let password = passwordStdin ? try readPassword() : nil
        do {
            let connection = try database.connect(migrate: true)
            defer { connection.close() }
            let created = try connection.transaction { conn -> Bool in
                let existing = try conn.query("""
                    SELECT rolsuper OR rolcreaterole OR rolcreatedb OR rolbypassrls OR rolreplication AS powerful,
                           rolname = current_user AS connected
                    FROM pg_roles WHERE rolname = $1
                    """, [.text(name)])
                if let row = existing.first, try row.bool("connected") {
                    throw CommandFailure("role \(name) is the role this command is connected as (the application's role); an analyst needs a role of its own")
                }
                if let row = existing.first, try row.bool("powerful") {
                    throw CommandFailure("role \(name) already exists with administrative rights (superuser, createrole, createdb, bypassrls or replication); an analyst role must have none: choose another name")
                }
                if existing.isEmpty { try conn.createLoginRole(name) }
                if let password { try conn.setPassword(password, forRole: name) }
                try conn.grantRole(AnalystRoleName.group, to: name)
                try conn.setRoleDefault(name, parameter: "default_transaction_read_only", value: "on")
                try conn.setRoleDefault(name, parameter: "search_path", value: "reporting")
                return existing.isEmpty
            }
            let url = try database.configuration().setting("user", to: name).urlWithoutPassword
            print("role \(name) \(created ? "created" : "updated"): member of \(AnalystRoleName.group), read-only, search_path reporting"
                  + (password == nil ? "" : ", password set"))
            print("connect with: psql \"\(url)\"")
        } catch {
            throw CommandFailure(explain(error))
        }
    }

    private func readPassword() throws -> String {
        let data = FileHandle.standardInput.readDataToEndOfFile()
        guard let text = String(data: data, encoding: .utf8) else {
            throw CommandFailure("--password-stdin: standard input is not UTF-8 text")
        }
        let line = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
        let password = line.hasSuffix("\r") ? String(line.dropLast()) : line
        guard !password.isEmpty else { throw CommandFailure("--password-stdin: the first line of standard input is empty") }
        guard !password.utf8.contains(0) else { throw CommandFailure("--password-stdin: the password contains a NUL byte") }
        return password
    }
}
