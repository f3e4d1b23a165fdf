import ActorRecognition
import ArgumentParser
import Foundation
import Postgres
import Timelines

/// `timeline bench query`: `timeline actor` query latency over a large read model.
struct BenchQueryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Fill a scratch database with timeline rows and measure one-actor query latency (p50/p99).",
        discussion: """
        Rows are spread over --actors actors with a skewed (Zipf-like) distribution, as news is: a \
        few actors have many entries, most have few. Queried actors are drawn uniformly. The first \
        pass runs right after the fill, when few pages are in the server's buffer cache; the warm \
        pass after every actor's timeline has been read once. Target: p99 at most 10 ms. Uses a \
        scratch database, dropped afterwards, or the database --keep-database names.
        """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var kept: KeptBenchDatabaseOptions

    @Option(help: "Timeline rows to create.")
    var rows: Int = 1_000_000

    @Option(help: "Distinct actors.")
    var actors: Int = 5_000

    @Option(help: "Queries to time.")
    var queries: Int = 2_000

    func validate() throws {
        if rows < 1 || actors < 1 || queries < 1 { throw ValidationError("--rows, --actors and --queries must be at least 1.") }
    }

    func run() async throws {
        try kept.withFilledDatabase(database, rows: rows, actors: actors) { connection, _ in
            try measure(TimelineSession(connection: connection))
        }
    }

    private func measure(_ session: TimelineSession) throws {
        let conn = session.connection

        let queriesAPI = TimelineQueries(connection: conn)
        var rng = SplitMix64(seed: 7)
        func measure(_ label: String, limit: Int?, pickActor: () -> String) throws {
            var timings: [(milliseconds: Double, entries: Int)] = []
            for _ in 0..<queries {
                let actor = pickActor()
                let t = ContinuousClock.now
                let entries = try queriesAPI.entries(actorID: actor, filter: TimelineFilter(limit: limit)).count
                timings.append(((ContinuousClock.now - t).seconds * 1000, entries))
            }
            timings.sort { $0.milliseconds < $1.milliseconds }
            let p50 = timings[timings.count / 2], p99 = timings[min(timings.count - 1, timings.count * 99 / 100)]
            let mean = Double(timings.reduce(0) { $0 + $1.entries }) / Double(queries)
            print(String(format: "%@: p50 %.2f ms, p99 %.2f ms (%d entries), max %.2f ms (mean %.0f entries returned)", label,
                         p50.milliseconds, p99.milliseconds, p99.entries, timings.last?.milliseconds ?? 0, mean))
        }
        func randomActor() -> String { "actor-\(1 + Int(rng.next() % UInt64(actors)))" }
        // First pass: right after the fill, most pages are not in the server's buffer cache.
        try measure("random actor, whole timeline      ", limit: nil, pickActor: randomActor)
        try measure("random actor, --limit 100         ", limit: 100, pickActor: randomActor)
        try measure("busiest actor, --limit 100        ", limit: 100) { "actor-1" }
        // Steady state: a server that has answered for a while holds the pages it reads in its
        // buffer cache when they fit. One untimed read of every actor's timeline gets there.
        let warm = ContinuousClock.now
        for number in 1...actors { _ = try queriesAPI.entries(actorID: "actor-\(number)") }
        print(String(format: "warm-up: every actor's timeline read once, untimed (%.1f s)", (ContinuousClock.now - warm).seconds))
        try measure("random actor, whole timeline, warm", limit: nil, pickActor: randomActor)
        try measure("random actor, --limit 100, warm   ", limit: 100, pickActor: randomActor)
        let plan = try conn.query("""
            EXPLAIN SELECT e.entry_id, e.sentence, e.article_title FROM timeline_entries e
            WHERE e.actor_id = $1 AND e.article_identifier IS NOT NULL ORDER BY e.first_day, e.last_day DESC, e.entry_id LIMIT 100
            """, ["actor-42"])
        print("plan (actor-42):")
        for row in plan { print("  " + (row[0] ?? "")) }
    }
}
