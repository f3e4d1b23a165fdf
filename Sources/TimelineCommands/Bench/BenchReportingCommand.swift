import ArgumentParser
import Foundation
import Postgres

/// `timeline bench reporting`: latency of the analysts' typical queries on the `reporting` views.
struct BenchReportingCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reporting",
        abstract: "Fill a scratch database with timeline rows and time the typical reporting queries (median, target ≤ 200 ms).",
        discussion: """
        Fills the read model like `timeline bench query`, then runs each query --runs times and prints \
        the median and the scan lines of its EXPLAIN (ANALYZE, BUFFERS). A run is timed from sending the query \
        to holding the whole answer in the client library, as an analyst's client receives it (turning each cell \
        into a Swift string is not counted). Uses a scratch database, dropped afterwards, or the database \
        --keep-database names.
        """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var kept: KeptBenchDatabaseOptions

    @Option(help: "Timeline rows to create.")
    var rows: Int = 1_000_000

    @Option(help: "Distinct actors.")
    var actors: Int = 5_000

    @Option(help: "Timed runs per query (the median is reported).")
    var runs: Int = 7

    @Flag(help: "Print the whole EXPLAIN (ANALYZE, BUFFERS) output instead of its summary lines.")
    var fullPlans = false

    /// Milliseconds a reporting query may take on the default data set.
    static let targetMilliseconds = 200.0

    func validate() throws {
        if rows < 1 || actors < 1 || runs < 1 { throw ValidationError("--rows, --actors and --runs must be at least 1.") }
    }

    func run() async throws {
        try kept.withFilledDatabase(database, rows: rows, actors: actors) { conn, _ in
            var slow: [String] = []
            for query in ReportingBenchQueries.all {
                let median = try measure(conn, query)
                if query.hasTarget, median > Self.targetMilliseconds { slow.append(query.label) }
            }
            print(slow.isEmpty ? "all queries within \(Int(Self.targetMilliseconds)) ms"
                  : "ABOVE \(Int(Self.targetMilliseconds)) ms: " + slow.joined(separator: ", "))
        }
    }

    private func measure(_ conn: PostgresConnection, _ query: ReportingBenchQueries.Query) throws -> Double {
        _ = try conn.withResult(query.sql, query.parameters) { $0.count }  // warm the cache
        var latencies: [Double] = []
        var returned = 0
        for _ in 0..<runs {
            let start = ContinuousClock.now
            returned = try conn.withResult(query.sql, query.parameters) { $0.count }
            latencies.append((ContinuousClock.now - start).seconds * 1000)
        }
        latencies.sort()
        let median = latencies[latencies.count / 2]
        let plan = try conn.query("EXPLAIN (ANALYZE, BUFFERS) " + query.sql, query.parameters).compactMap { $0[0] }
        let server = plan.first { $0.hasPrefix("Execution Time") }.map { $0.replacingOccurrences(of: "Execution Time: ", with: "") } ?? "?"
        print(String(format: "%@: median %.1f ms (min %.1f, max %.1f; %d rows; server %@) %@", query.label, median,
                     latencies.first ?? 0, latencies.last ?? 0, returned, server, !query.hasTarget ? "(for comparison)" : median <= Self.targetMilliseconds ? "ok" : "SLOW"))
        for line in plan where fullPlans || Self.isSummary(line) { print("    " + line) }
        return median
    }

    /// Scan nodes, index conditions and totals: what shows whether an index was used.
    static func isSummary(_ line: String) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        return line.contains("Scan") || trimmed.hasPrefix("Index Cond") || trimmed.hasPrefix("Execution Time")
            || (trimmed.hasPrefix("Buffers") && !line.hasPrefix(" "))
    }
}
