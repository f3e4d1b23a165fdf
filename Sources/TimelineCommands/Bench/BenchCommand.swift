import ArgumentParser

/// `timeline bench ...`: throughput measurements. Speed targets live here, not in unit tests.
public struct BenchCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure throughput.",
        subcommands: [BenchEventLogCommand.self]
    )
    public init() {}
}
