import ArgumentParser

/// `timeline actors`: list actors, and curate them by appending events.
struct ActorsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actors",
        abstract: "List the known actors; add, alias, merge, rename or reject them.",
        discussion: """
        Without a subcommand, lists the actors (`timeline actors list`). Curation never edits \
        what was recorded: each act appends one event to the stream `actor-curation`, and the \
        timelines follow — earlier entries are re-attributed, and `--as-of` still shows them as \
        they were. New ingests and `timeline reprocess` recognize names by the curated gazetteer.

        Examples:
          timeline actors --provisional                       names waiting for a decision
          timeline actors alias लावरोव "लावरॉव"                another name for Lavrov
          timeline actors merge "राजेश वर्मा" "Rajesh Verma"   two actors are one
          timeline actors add "वांग यी" --kind person --latin "Wang Yi" --alias वांग
          timeline actors rename provisional:राजेश वर्मा "राजेश कुमार वर्मा"
          timeline actors reject "प्रवक्ता" --reason "a role, not a person"
        """,
        subcommands: [
            ActorsListCommand.self, ActorsAddCommand.self, ActorsAliasCommand.self, ActorsMergeCommand.self,
            ActorsRenameCommand.self, ActorsRejectCommand.self,
        ],
        defaultSubcommand: ActorsListCommand.self
    )
}
