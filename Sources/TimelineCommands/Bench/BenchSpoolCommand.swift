import ArgumentParser
import Daemon
import EventStore
import Foundation
import Logging
import Postgres
import Timelines

/// `timeline bench spool`: the daemon's spool pipeline draining generated article files.
struct BenchSpoolCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "spool",
        abstract: "Drain generated article files through the daemon's spool pipeline; report articles/s and peak RSS.",
        discussion: """
        Writes --articles generated Hindi articles as JSON Lines files of --per-file articles into a \
        temporary spool directory, then runs the spool watcher against a scratch database \
        (timeline_bench_<pid>, dropped afterwards) until every file is in done/. \
        Targets: at least 1,000 articles/s and a peak RSS under 100 MB.
        """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: "How many articles to generate.")
    var articles: Int = 10_000

    @Option(name: .customLong("per-file"), help: "Articles per spool file.")
    var perFile: Int = 50

    @Option(name: .customLong("batch-articles"), help: "Articles per ingest call.")
    var batchArticles: Int = 300

    @Option(help: "Batches in flight at once (the daemon uses 2).")
    var pipelines: Int = 2

    func validate() throws {
        if articles < 1 || perFile < 1 || batchArticles < 1 || pipelines < 1 {
            throw ValidationError("--articles, --per-file, --batch-articles and --pipelines must be at least 1.")
        }
    }

    func run() async throws {
        let server = try database.configuration()
        let name = "timeline_bench_\(getpid())"
        let admin = try PostgresConnection.connect(server)
        defer { admin.close() }
        try admin.dropDatabase(name)
        try admin.createDatabase(name)
        defer { try? admin.dropDatabase(name) }
        let sql = try Migrator.locateSQLDirectory(explicit: database.sqlDirectory)
        print("server: \(server.redactedDescription) (scratch database \(name))")

        let spoolRoot = FileManager.default.temporaryDirectory.appendingPathComponent("timeline-bench-spool-\(getpid())")
        try? FileManager.default.removeItem(at: spoolRoot)
        defer { try? FileManager.default.removeItem(at: spoolRoot) }
        let files = try writeFiles(to: spoolRoot, server: server.withDatabase(name), sql: sql)
        print("spool: \(files) files of up to \(perFile) articles in \(spoolRoot.path)")

        var logger = Logger(label: "timeline.bench")
        logger.logLevel = .warning
        let links = (0..<pipelines).map { index in
            DatabaseLink(configuration: server.withDatabase(name), label: "bench-spool-\(index)", logger: logger) { connection in
                try Migrator(connection: connection, directory: sql).migrate()
            }
        }
        defer { for link in links { link.close() } }
        let link = links[0]
        let watcher = SpoolWatcher(
            spool: DaemonConfiguration.Spool(directory: spoolRoot, batchArticles: batchArticles),
            pipelines: links.map(IngestPipeline.init(link:)), metrics: DaemonMetrics(), logger: logger)
        for warm in links { _ = try await warm.run("warm up") { _ in 0 } }
        let start = ContinuousClock.now
        let taken = try await watcher.drain()
        let elapsed = (ContinuousClock.now - start).seconds
        let stored = try await link.run("count") { connection in
            try connection.query("SELECT count(DISTINCT stream_id) AS n FROM events WHERE event_type = $1",
                                 [.text(TimelineEventType.articleIngested)])[0].int64("n")
        }
        let done = (try? FileManager.default.contentsOfDirectory(atPath: spoolRoot.appendingPathComponent("done").path).count) ?? 0
        print(String(format: "drained:       %d files (%d in done/), %lld articles in the log", taken, done, stored))
        print(String(format: "time to drain: %.2f s = %.0f articles/s (target ≥ 1000)", elapsed, Double(stored) / elapsed))
        print(String(format: "peak RSS:      %.1f MB (target < 100)", ResourceUsage.peakResidentMegabytes()))
    }

    /// Generated articles as JSON Lines files, written under a temporary name and renamed.
    private func writeFiles(to root: URL, server: PostgresConfiguration, sql: URL) throws -> Int {
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let connection = try PostgresConnection.connect(server)
        defer { connection.close() }
        try Migrator(connection: connection, directory: sql).migrate()
        let (gazetteer, _) = try GazetteerStore(connection: connection).prepared()
        var generator = SyntheticArticles(gazetteer: gazetteer)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        var fileCount = 0
        var number = 0
        while number < articles {
            var lines = ""
            for _ in 0..<min(perFile, articles - number) {
                let article = generator.article(number: number)
                let record: [String: String] = ["url": article.url ?? article.identifier, "title": article.title,
                                                "published": article.published.iso, "text": article.text, "source": "bench"]
                lines += String(decoding: try encoder.encode(record), as: UTF8.self) + "\n"
                number += 1
            }
            let name = String(format: "bench-%06d.jsonl", fileCount)
            let temporary = root.appendingPathComponent("." + name)
            try Data(lines.utf8).write(to: temporary)
            try FileManager.default.moveItem(at: temporary, to: root.appendingPathComponent(name))
            fileCount += 1
        }
        return fileCount
    }
}
