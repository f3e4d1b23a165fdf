import ArgumentParser
import Foundation

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
            DemoCommand.self, IngestCommand.self, ReprocessCommand.self, ActorCommand.self, ActorsCommand.self, EventsCommand.self, ExplainCommand.self,
            ExtractCommand.self, NamesCommand.self, NerCommand.self, StatusCommand.self, ServeCommand.self, FeedsCommand.self, DaemonCommand.self, ProjectionsCommand.self, DbCommand.self, BenchCommand.self,
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
        } catch let error as ValidationError {
            // Raised by the subcommand's `run()`: the usage shown is that subcommand's, not the root's.
            exitWithUsage(of: type(of: command), message: error.message)
        } catch {
            exit(withError: forPeople(error))
        }
    }

    /// Prints `Error: message` and the usage of `subcommand` to standard error; exits 64 (EX_USAGE),
    /// as the parser does for its own validation errors.
    static func exitWithUsage(of subcommand: ParsableCommand.Type, message: String) -> Never {
        var text = "Error: \(message)\n"
        if subcommand != TimelineCommand.self {
            let name = subcommand.configuration.commandName ?? ""
            text += "Usage: " + usageString(for: subcommand) + "\n  See 'timeline \(helpPath(of: subcommand, name: name)) --help' for more information.\n"
        }
        FileHandle.standardError.write(Data(text.utf8))
        Foundation.exit(ExitCode.validationFailure.rawValue)
    }

    /// The words between `timeline` and `--help` for a subcommand, e.g. "actors add".
    private static func helpPath(of subcommand: ParsableCommand.Type, name: String) -> String {
        for parent in configuration.subcommands where parent.configuration.subcommands.contains(where: { $0 == subcommand }) {
            return "\(parent.configuration.commandName ?? "") \(name)"
        }
        return name
    }

    /// Errors of the libraries become a `CommandFailure` with their detailed text; the
    /// parser's own errors and exit codes pass through unchanged.
    static func forPeople(_ error: any Error) -> any Error {
        if error is CommandFailure || String(reflecting: type(of: error)).hasPrefix("ArgumentParser.") { return error }
        return CommandFailure(explain(error))
    }
}
