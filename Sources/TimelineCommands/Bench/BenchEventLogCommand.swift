import ArgumentParser
import EventStore
import Foundation
import Postgres

/// `timeline bench eventlog`: event log append throughput against plain INSERT and COPY.
///
/// Runs in a scratch database (`timeline_bench_<pid>`) on the configured server, dropped afterwards.
/// Targets: batched appends ≥ 50 % of the COPY rate; single appends ≥ 80 % of single-row INSERTs.
struct BenchEventLogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eventlog", abstract: "Measure event log append throughput (events/s).")

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Events for the batched and COPY runs.")
    var events: Int = 200_000

    @Option(name: .customLong("single-events"), help: "Events for the one-per-transaction runs (default: min(events, 20000)).")
    var singleEvents: Int?

    func validate() throws {
        guard events >= 1000 else { throw ValidationError("--events must be at least 1000") }
        if let singleEvents, singleEvents < 100 { throw ValidationError("--single-events must be at least 100") }
    }

    func run() throws {
        do {
            try database.withScratchDatabase { connection, server in
            let singles = singleEvents ?? min(events, 20_000)
            let benchmark = EventLogBenchmark(connection: connection, events: max(events, singles))
            try benchmark.prepareReferenceTables()
            print("server: \(server)")
            print("payload: \(benchmark.payloads[0].data.utf8.count) bytes of JSON per event, 4 alternating rounds per group")
            var results = try benchmark.alternate(singles, rounds: 4, [
                (EventLogBenchmark.plainName, benchmark.plainInserts), (EventLogBenchmark.singleName, benchmark.singleAppends),
            ])
            results += try benchmark.alternate(events, rounds: 4, [
                (EventLogBenchmark.copyName, benchmark.copy),
                (EventLogBenchmark.batchName(100), { try benchmark.batchedAppends($0, batchSize: 100) }),
                (EventLogBenchmark.batchName(1000), { try benchmark.batchedAppends($0, batchSize: 1000) }),
            ])
            for result in results { print(result.line) }
            let rate = Dictionary(uniqueKeysWithValues: results.map { ($0.name, $0.rate) })
            let copyRate = rate[EventLogBenchmark.copyName] ?? 1
            let insertRate = rate[EventLogBenchmark.plainName] ?? 1
            let single = (rate[EventLogBenchmark.singleName] ?? 0) / insertRate
            let batch100 = (rate[EventLogBenchmark.batchName(100)] ?? 0) / copyRate
            let batch1000 = (rate[EventLogBenchmark.batchName(1000)] ?? 0) / copyRate
            print(String(format: "single appends / plain INSERT: %.0f%% (target ≥ 80%%) %@", single * 100, single >= 0.8 ? "ok" : "BELOW TARGET"))
            print(String(format: "batch 100 / COPY: %.0f%% (target ≥ 50%%) %@", batch100 * 100, batch100 >= 0.5 ? "ok" : "BELOW TARGET"))
            print(String(format: "batch 1000 / COPY: %.0f%% (target ≥ 50%%) %@", batch1000 * 100, batch1000 >= 0.5 ? "ok" : "BELOW TARGET"))
            }
        } catch {
            throw CommandFailure(explain(error))
        }
    }
}
