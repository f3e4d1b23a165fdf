import ArgumentParser

/// `timeline db replica ...`: a streaming-replication standby of the embedded cluster on this
/// machine, for reading from a replica (`--read-url`) without a second server.
struct DbReplicaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replica",
        abstract: "Make, start, stop or drop a local standby (read replica) of the embedded cluster.",
        discussion: """
        The standby is a copy made with pg_basebackup under <home>/replica, streaming from the \
        primary through the replication slot `timeline_replica`, on a Unix socket of its own \
        (port 5433). Read-only commands read there with --read-url or TIMELINE_READ_URL; writes \
        still go to the primary.

          timeline db replica create
          export TIMELINE_READ_URL="$(timeline db replica status --url)"
          timeline actor "सर्गेई लावरोव"      # read from the standby
          timeline db replica drop           # removes the standby and its slot
        """,
        subcommands: [DbReplicaCreateCommand.self, DbReplicaStartCommand.self, DbReplicaStopCommand.self,
                      DbReplicaDropCommand.self, DbReplicaStatusCommand.self]
    )
}
