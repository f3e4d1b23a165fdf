import ArgumentParser

/// The `timeline` command: per-actor timelines from Hindi news.
public struct TimelineCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Dated events and per-actor timelines from Hindi news.",
        subcommands: [ExtractCommand.self, BenchCommand.self]
    )
    public init() {}
}
