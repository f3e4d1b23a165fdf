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
        few actors have many entries, most have few. Uses the scratch database timeline_bench.
        """
    )

    @OptionGroup var database: DatabaseOptions

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
        try database.withScratchDatabase { connection, server in
            print("server: \(server)")
            try measure(TimelineSession(connection: connection))
        }
    }

    private func measure(_ session: TimelineSession) throws {
        let conn = session.connection
        let fill = ContinuousClock.now
        try conn.query("""
            INSERT INTO timeline_articles (stream_id, identifier, url, title, published, tags, revision, content_hash, position, recorded_at)
            SELECT 'article-' || a, 'https://bench.test/' || a, 'https://bench.test/' || a, 'समाचार ' || a,
                   date '2020-01-01' + (a % 2000), '{}', 1, md5(a::text), a, now()
            FROM generate_series(1, greatest($1::int / 5, 1)) AS a
            """, [PostgresValue.int(Int64(rows))])
        // Actor k gets entries in proportion to 1/k (rank-frequency of news actors), via a power of a uniform draw.
        try conn.query("""
            INSERT INTO timeline_entries (entry_id, actor_id, actor_name, actor_kind, provisional, evidence, first_day, last_day,
                granularity, value, expression, expression_start, expression_end, sentence, sentence_index,
                other_actor_ids, other_actor_names, stream_id, revision, extractor_version, gazetteer_revision, position, recorded_at)
            SELECT lpad(to_hex(i), 10, '0'), 'actor-' || k, 'अभिनेता ' || k, 'person', false, 'alias:x',
                   d, d + (CASE WHEN i % 5 = 0 THEN 29 ELSE 0 END), CASE WHEN i % 5 = 0 THEN 'month' ELSE 'day' END,
                   d::text, 'शनिवार', 0, 6, 'अभिनेता ' || k || ' ने शनिवार को बैठक की।', 0,
                   ARRAY['actor-' || (k + 1)], ARRAY['अभिनेता ' || (k + 1)], 'article-' || (1 + i % greatest($1::int / 5, 1)),
                   1, 'bench', 'bench', i, now()
            FROM (SELECT i, 1 + floor(power(random(), 3) * $2::int)::int AS k,
                         date '2020-01-01' + (random() * 2000)::int AS d
                  FROM generate_series(1, $1::int) AS i) g
            """, [PostgresValue.int(Int64(rows)), PostgresValue.int(Int64(actors))])
        try conn.query("ANALYZE timeline_entries")
        try conn.query("ANALYZE timeline_articles")
        print(String(format: "filled %d rows for %d actors in %.1f s", rows, actors, (ContinuousClock.now - fill).seconds))

        let queriesAPI = TimelineQueries(connection: conn)
        var rng = SplitMix64(seed: 7)
        func measure(_ label: String, limit: Int?, pickActor: () -> String) throws {
            var latencies: [Double] = []
            var returned = 0
            for _ in 0..<queries {
                let actor = pickActor()
                let t = ContinuousClock.now
                returned += try queriesAPI.entries(actorID: actor, filter: TimelineFilter(limit: limit)).count
                latencies.append((ContinuousClock.now - t).seconds * 1000)
            }
            latencies.sort()
            let p50 = latencies[latencies.count / 2], p99 = latencies[min(latencies.count - 1, latencies.count * 99 / 100)]
            print(String(format: "%@: p50 %.2f ms, p99 %.2f ms, max %.2f ms (mean %.0f entries returned)", label, p50, p99,
                         latencies.last ?? 0, Double(returned) / Double(queries)))
        }
        try measure("random actor, whole timeline", limit: nil) { "actor-\(1 + Int(rng.next() % UInt64(actors)))" }
        try measure("random actor, --limit 100   ", limit: 100) { "actor-\(1 + Int(rng.next() % UInt64(actors)))" }
        try measure("busiest actor, --limit 100  ", limit: 100) { "actor-1" }
        let plan = try conn.query("""
            EXPLAIN SELECT e.entry_id FROM timeline_entries e JOIN timeline_articles a ON a.stream_id = e.stream_id
            WHERE e.actor_id = $1 ORDER BY e.first_day, e.last_day DESC, e.entry_id LIMIT 100
            """, ["actor-42"])
        print("plan (actor-42):")
        for row in plan { print("  " + (row[0] ?? "")) }
    }
}
