import ActorRecognition
import ArgumentParser
import Foundation
import Timelines

/// `timeline bench ingest`: generated articles end to end (extraction, events, projection).
struct BenchIngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Ingest generated articles end to end into a scratch database and report articles/s.",
        discussion: "Uses a scratch database named timeline_bench on the configured server (dropped and created anew)."
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: "How many articles to generate.")
    var articles: Int = 10_000

    func validate() throws {
        if articles < 1 { throw ValidationError("--articles must be at least 1.") }
    }

    func run() async throws {
        try database.withScratchDatabase { connection, server in
            print("server: \(server)")
            try measure(TimelineSession(connection: connection))
        }
    }

    private func measure(_ session: TimelineSession) throws {
        let (gazetteer, _) = try session.gazetteer()
        var generator = SyntheticArticles(gazetteer: gazetteer)
        let input = (0..<articles).map { generator.article(number: $0) }
        let megabytes = Double(input.reduce(0) { $0 + $1.text.utf8.count }) / 1_000_000

        // The CPU part alone, on one core: extraction and actor recognition, no database.
        let (_, revision) = try session.gazetteer()
        let builder = DatedEventBuilder(recognizer: ActorRecognizer(gazetteer: gazetteer), gazetteerRevision: revision)
        let c0 = ContinuousClock.now
        var extractedEvents = 0
        for article in input { extractedEvents += builder.extract(article, revision: 1).entries.count }
        let extractionSeconds = (ContinuousClock.now - c0).seconds

        let ingestor = try session.ingestor()
        let t0 = ContinuousClock.now
        let report = try ingestor.ingest(input)
        let t1 = ContinuousClock.now
        let applied = try TimelineProjection(connection: session.connection).catchUp()
        let t2 = ContinuousClock.now
        let status = try TimelineStatus.read(connection: session.connection)

        let ingest = (t1 - t0).seconds, project = (t2 - t1).seconds, total = (t2 - t0).seconds
        print(String(format: "articles:      %d (%.1f MB of text), %d dated events, %d log events", articles, megabytes,
                     report.datedEvents, applied))
        print(String(format: "extraction:    %.2f s on one core (%.1f MB/s, %d dated events), no database", extractionSeconds,
                     megabytes / extractionSeconds, extractedEvents))
        print(String(format: "ingest:        %.2f s (extraction + actors + append)", ingest))
        print(String(format: "projection:    %.2f s (%lld timeline rows)", project, status.entries))
        print(String(format: "end to end:    %.2f s = %.0f articles/s", total, Double(articles) / total))
        print(String(format: "peak RSS:      %.1f MB", ResourceUsage.peakResidentMegabytes()))
    }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
