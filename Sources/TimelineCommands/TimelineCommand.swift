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
            DemoCommand.self, IngestCommand.self, ReprocessCommand.self, ActorCommand.self, ActorsCommand.self, ExplainCommand.self,
            ExtractCommand.self, StatusCommand.self, FeedsCommand.self, DaemonCommand.self, ProjectionsCommand.self, DbCommand.self, BenchCommand.self,
        ]
    )
    public init() {}

    /// The entry point for `main.swift`: parses the command line and runs the chosen subcommand.
    /// (In top-level code `await TimelineCommand.main()` resolves to the synchronous runner, which
    /// refuses asynchronous roots; this name has a single, asynchronous meaning.)
    public static func runFromCommandLine() async {
        let command: ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            exit(withError: error)
        }
        do {
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                var syncCommand = command
                try syncCommand.run()
            }
        } catch {
            exit(withError: forPeople(error))
        }
    }

    /// Errors of the libraries become a `CommandFailure` with their detailed text; the
    /// parser's own errors and exit codes pass through unchanged.
    static func forPeople(_ error: any Error) -> any Error {
        if error is CommandFailure || String(reflecting: type(of: error)).hasPrefix("ArgumentParser.") { return error }
        return CommandFailure(explain(error))
    }
}
