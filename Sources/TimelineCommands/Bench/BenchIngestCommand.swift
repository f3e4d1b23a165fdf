import ActorRecognition
import ArgumentParser
import Foundation
import Postgres
import Timelines

/// `timeline bench ingest`: generated articles end to end (extraction, events, projection).
struct BenchIngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Ingest generated articles end to end into a scratch database and report articles/s.",
        discussion: """
        The projection follows the log on its own connections while the articles are appended, as in \
        the daemon; the clock stops when it has applied the last event (--sequential: it starts when \
        the ingest has ended). By default 30% of the articles are near copies of earlier ones from \
        other outlets (another headline, a trailer, a sentence less), which event clustering \
        recognizes as reprints. Target: at least 1,000 articles/s end to end. Uses a scratch \
        database (timeline_bench_<pid>, dropped afterwards).
        """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: "How many articles to generate.")
    var articles: Int = 10_000

    @Option(name: .customLong("near-copies"), help: "Share of the articles that are near copies of earlier ones (0 to 1).")
    var nearCopies: Double = 0.3

    @Flag(help: "Project after the ingest has finished instead of alongside it (the daemon projects alongside).")
    var sequential = false

    func validate() throws {
        if articles < 1 { throw ValidationError("--articles must be at least 1.") }
        if !(0...1).contains(nearCopies) { throw ValidationError("--near-copies must be between 0 and 1, e.g. 0.3.") }
    }

    func run() async throws {
        try database.withScratchDatabase { connection, configuration, server in
            print("server: \(server)")
            try measure(TimelineSession(connection: connection), configuration)
        }
    }

    private func measure(_ session: TimelineSession, _ configuration: PostgresConfiguration) throws {
        let (gazetteer, _) = try session.gazetteer()
        var generator = SyntheticArticles(gazetteer: gazetteer)
        let input = generator.articles(articles, nearCopies: nearCopies)
        let megabytes = Double(input.reduce(0) { $0 + $1.text.utf8.count }) / 1_000_000

        // The CPU part alone, on one core: extraction and actor recognition, no database.
        let (_, revision) = try session.gazetteer()
        let builder = DatedEventBuilder(recognizer: ActorRecognizer(gazetteer: gazetteer), gazetteerRevision: revision)
        let c0 = ContinuousClock.now
        var extractedEvents = 0
        for article in input { extractedEvents += builder.extract(article, revision: 1).entries.count }
        let extractionSeconds = (ContinuousClock.now - c0).seconds

        let ingestor = try session.ingestor()
        // Alongside: the projection follows the log on its own connections from the start, and the
        // clock stops when it has applied the last event. Sequential: it starts when the ingest ends.
        let follower = sequential ? nil : try BenchProjectionFollower(configuration: configuration)
        let t0 = ContinuousClock.now, cpu0 = ResourceUsage.cpuSeconds()
        follower?.start()
        let ingested = Result { try ingestor.ingest(input) }
        let t1 = ContinuousClock.now
        let applied = try follower?.finish(waking: session.connection) ?? TimelineProjection(connection: session.connection).catchUp()
        let t2 = ContinuousClock.now, cpu = ResourceUsage.cpuSeconds() - cpu0
        let report = try ingested.get()
        let status = try TimelineStatus.read(connection: session.connection)

        let ingest = (t1 - t0).seconds, project = (t2 - t1).seconds, total = (t2 - t0).seconds
        print(String(format: "articles:      %d (%.1f MB of text), %d dated events, %d log events", articles, megabytes,
                     report.datedEvents, applied))
        print(String(format: "extraction:    %.2f s on one core (%.1f MB/s, %d dated events), no database", extractionSeconds,
                     megabytes / extractionSeconds, extractedEvents))
        if sequential {
            print(String(format: "ingest:        %.2f s (extraction + actors + append)", ingest))
            print(String(format: "projection:    %.2f s after the ingest (%lld timeline rows)", project, status.entries))
        } else {
            print(String(format: "ingest:        %.2f s (extraction + actors + append, projection following)", ingest))
            print(String(format: "projection:    %.2f s more to apply the rest of the log (%lld timeline rows)", project, status.entries))
        }
        let events = try session.connection.query("""
            SELECT (SELECT count(DISTINCT event_id) FROM event_mentions) AS events,
                   (SELECT count(*) FROM article_fingerprints WHERE reprint_of IS NOT NULL) AS reprints
            """)[0]
        print("events:        \(try events.int64("events")) events of those entries; \(try events.int64("reprints")) articles recognized as reprints"
              + " (\(Int((nearCopies * Double(articles)).rounded())) near copies generated)")
        print(String(format: "end to end:    %.2f s = %.0f articles/s", total, Double(articles) / total))
        print(String(format: "client CPU:    %.2f s in those %.2f s (all threads; the server's CPU comes on top)", cpu, total))
        print(String(format: "peak RSS:      %.1f MB", ResourceUsage.peakResidentMegabytes()))
    }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
