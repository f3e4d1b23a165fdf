import ArgumentParser

/// `timeline bench ...`: throughput and latency measurements of a release build. Speed
/// targets live here, not in unit tests.
public struct BenchCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure throughput and latency (build with -c release first).",
        subcommands: [BenchExtractCommand.self, BenchEventLogCommand.self, BenchIngestCommand.self, BenchQueryCommand.self, BenchServeCommand.self,
                      BenchReportingCommand.self, BenchSpoolCommand.self, BenchReprocessCommand.self, BenchJSONCommand.self]
    )
    public init() {}
}
