import ArgumentParser

/// The `timeline` command: per-actor timelines from Hindi news.
public struct TimelineCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Dated events and per-actor timelines from Hindi news.",
        discussion: """
        With no database configured (no --database-url, DATABASE_URL, PGHOST or PGDATABASE), \
        commands use an embedded PostgreSQL under TIMELINE_HOME (default ~/.local/share/timeline) \
        that they start themselves.

        Start with:  timeline demo
        """,
        subcommands: [
            DemoCommand.self, IngestCommand.self, ActorCommand.self, ActorsCommand.self,
            ExtractCommand.self, StatusCommand.self, ProjectionsCommand.self, DbCommand.self, BenchCommand.self,
        ]
    )
    public init() {}

    /// The entry point for `main.swift`: parses the command line and runs the chosen subcommand.
    /// (In top-level code `await TimelineCommand.main()` resolves to the synchronous runner, which
    /// refuses asynchronous roots; this name has a single, asynchronous meaning.)
    public static func runFromCommandLine() async {
        await main(nil)
    }
}
