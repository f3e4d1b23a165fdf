import ArgumentParser

/// `timeline db ...`: the database behind the event log.
public struct DbCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "db",
        abstract: "Manage the PostgreSQL database (embedded by default).",
        subcommands: [DbStatusCommand.self, DbMigrateCommand.self, DbStartCommand.self, DbStopCommand.self, DbPsqlCommand.self,
                      DbGrantAnalystCommand.self, DbRevokeAnalystCommand.self, DbReplicaCommand.self]
    )
    public init() {}
}
