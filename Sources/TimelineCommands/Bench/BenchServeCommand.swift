import ActorRecognition
import ArgumentParser
import AsyncHTTPClient
import Foundation
import NIOCore
import Postgres
import Synchronization

/// `timeline bench serve`: requests per second and latency of the HTTP API over a large read model.
struct BenchServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Fill a scratch database with timeline rows, start `timeline serve` on it, and measure requests/s and p50/p99.",
        discussion: """
        The server runs as its own process (this executable, `serve --port 0`) on 127.0.0.1; the \
        clients run here, each keeping one keep-alive connection and asking for \
        /v1/actors/ID/timeline?limit=100 of actors drawn uniformly (rows are spread over the \
        actors as news is: a few have many, most have few). Each level of --connections runs for \
        --seconds after a warm-up (the first pages of up to 2,000 actors); the report gives \
        requests/s, p50 and p99, and the server's peak resident memory. The server keeps pages it \
        sent, gzipped, while the timelines do not change (--page-cache-mb, default 32; 0 measures \
        every request answered from the database). Uses a scratch database, dropped afterwards.
        """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Timeline rows to create.")
    var rows: Int = 1_000_000

    @Option(help: "Distinct actors.")
    var actors: Int = 5_000

    @Option(help: ArgumentHelp("Concurrent client connections, one level per value.", valueName: "n,n,…"))
    var connections: String = "1,16,64"

    @Option(help: "Seconds each level runs.")
    var seconds: Int = 10

    @Option(name: .customLong("server-connections"), help: "Database connections of the server.")
    var serverConnections: Int = 4

    @Option(name: .customLong("page-cache-mb"), help: "The server's page cache, in megabytes (0: none).")
    var pageCacheMB: Int = 32

    var levels: [Int] { connections.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) } }

    func validate() throws {
        if rows < 1 || actors < 1 { throw ValidationError("--rows and --actors must be at least 1.") }
        if levels.isEmpty || levels.contains(where: { !(1...512).contains($0) }) {
            throw ValidationError("--connections must list numbers from 1 to 512, e.g. 1,16,64; got '\(connections)'.")
        }
        if !(1...600).contains(seconds) { throw ValidationError("--seconds must be between 1 and 600, got \(seconds).") }
    }

    func run() async throws {
        try await database.withScratchDatabase(during: { connection, scratch, description in
            print("server: \(description)")
            let fill = ContinuousClock.now
            try SyntheticTimelineRows.fill(connection, rows: rows, actors: actors)
            print(String(format: "filled %d rows for %d actors in %.1f s", rows, actors, (ContinuousClock.now - fill).seconds))
            try await measure(scratch)
        })
    }

    /// `timeline serve` on the filled database, and the clients.
    private func measure(_ scratch: PostgresConfiguration) async throws {
        let process = try ServeProcess(database: scratch, sqlDirectory: database.sqlDirectory, connections: serverConnections,
                                       pageCacheMB: pageCacheMB)
        defer { process.stop() }
        print("timeline serve: pid \(process.pid), \(process.base)")
        let client = HTTPClient(eventLoopGroupProvider: .singleton,
                                configuration: .init(connectionPool: .init(idleTimeout: .seconds(60), concurrentHTTP1ConnectionsPerHostSoftLimit: 512)))
        do {
            // Warm-up: the actor catalog is read and every actor's first page asked for once.
            for number in 1...min(actors, 2000) { _ = try await Self.get(client, process.base, actor: number) }
            for level in levels {
                let result = try await load(client, base: process.base, connections: level)
                print(String(format: "%3d connections: %7.0f requests/s, p50 %.2f ms, p99 %.2f ms (%d requests, %d failed)",
                             level, result.rate, result.p50, result.p99, result.count, result.failed))
            }
            try await client.shutdown()
        } catch {
            try? await client.shutdown()
            throw error
        }
        print(String(format: "server peak resident memory: %.0f MB", process.peakResidentMegabytes()))
    }

    private static func get(_ client: HTTPClient, _ base: String, actor: Int) async throws -> Int {
        let request = HTTPClientRequest(url: "\(base)/v1/actors/actor-\(actor)/timeline?limit=100")
        let response = try await client.execute(request, timeout: .seconds(30))
        _ = try await response.body.collect(upTo: 64 << 20)
        return Int(response.status.code)
    }

    private struct LoadResult {
        var rate: Double, p50: Double, p99: Double, count: Int, failed: Int
    }

    private func load(_ client: HTTPClient, base: String, connections: Int) async throws -> LoadResult {
        let actors = self.actors, duration = Duration.seconds(seconds)
        let start = ContinuousClock.now
        let deadline = start + duration
        let perClient = try await withThrowingTaskGroup(of: ([Double], Int).self) { group in
            for worker in 0..<connections {
                group.addTask {
                    var rng = SplitMix64(seed: UInt64(worker + 1) &* 0x9E37_79B9)
                    var latencies: [Double] = [], failed = 0
                    while ContinuousClock.now < deadline {
                        let t = ContinuousClock.now
                        let status = try await Self.get(client, base, actor: 1 + Int(rng.next() % UInt64(actors)))
                        latencies.append((ContinuousClock.now - t).seconds * 1000)
                        if status != 200 { failed += 1 }
                    }
                    return (latencies, failed)
                }
            }
            var all: [([Double], Int)] = []
            for try await one in group { all.append(one) }
            return all
        }
        let elapsed = (ContinuousClock.now - start).seconds
        let latencies = perClient.flatMap(\.0).sorted()
        guard !latencies.isEmpty else { return LoadResult(rate: 0, p50: 0, p99: 0, count: 0, failed: 0) }
        return LoadResult(rate: Double(latencies.count) / elapsed, p50: latencies[latencies.count / 2],
                          p99: latencies[min(latencies.count - 1, latencies.count * 99 / 100)], count: latencies.count,
                          failed: perClient.reduce(0) { $0 + $1.1 })
    }
}
