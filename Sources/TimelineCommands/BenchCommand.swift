import ArgumentParser

/// `timeline bench ...`: speed measurements of the release build.
public struct BenchCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure throughput of the pipeline stages.",
        subcommands: [BenchExtractCommand.self]
    )
    public init() {}
}
