import ActorRecognition
import ArgumentParser
import EventStore
import Foundation
import Timelines

/// `timeline bench reprocess`: re-extraction of stored articles after a gazetteer change.
struct BenchReprocessCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reprocess",
        abstract: "Reprocess generated stored articles after a gazetteer change; report articles/s and peak memory.",
        discussion: """
        Ingests --articles generated articles into a scratch database (dropped afterwards), then \
        changes the gazetteer the way a curator would: one person's names are taken away and one \
        organization (विदेश मंत्रालय) is added. It then reprocesses every article (retractions and \
        additions appended), brings the timelines up to date, and runs reprocess again, which must \
        append nothing: once as run by default (skipping articles already made by the current \
        gazetteer) and once with --force (every article re-extracted).
        """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: "How many articles to generate and store.")
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
        let connection = session.connection
        let (gazetteer, _) = try session.gazetteer()
        let t0 = ContinuousClock.now
        do {
            var generator = SyntheticArticles(gazetteer: gazetteer)
            let input = (0..<articles).map { generator.article(number: $0) }
            let report = try session.ingestor().ingest(input)
            try TimelineProjection(connection: connection).catchUp()
            print(String(format: "stored:        %d articles, %d dated events, in %.1f s (ingest + projection)",
                         report.new, report.datedEvents, (ContinuousClock.now - t0).seconds))
        }

        let change = BenchGazetteerChange(gazetteer)
        try GazetteerStore(connection: connection).seed(from: change.gazetteer)
        print("gazetteer:     names of \(change.removed) taken away; \(change.added) added")

        // Reprocess with the changed gazetteer as a new release would bring it (`prepared()` would
        // seed the bundled one again).
        let builder = DatedEventBuilder(recognizer: ActorRecognizer(gazetteer: change.gazetteer),
                                        gazetteerRevision: change.gazetteer.revision)
        let reprocessor = ArticleReprocessor(connection: connection, builder: builder, curation: ActorCuration())
        let log = EventLog(connection: connection)
        let entriesBefore = try TimelineStatus.read(connection: connection).entries
        ResourceUsage.releaseFreedMemory()
        let resetWorked = ResourceUsage.resetPeak()
        let rssBefore = ResourceUsage.currentResidentMegabytes()
        let backend = Int32(try connection.query("SELECT pg_backend_pid() AS pid")[0].int64("pid"))
        let first = try Pass(backend: backend) { try reprocessor.reprocess() }
        let peak = ResourceUsage.peakResidentMegabytes()
        let p0 = ContinuousClock.now
        let applied = try TimelineProjection(connection: connection).catchUp()
        let projectionSeconds = (ContinuousClock.now - p0).seconds
        let entriesAfter = try TimelineStatus.read(connection: connection).entries
        print(first.line("reprocess:    ") + String(format: "; %d articles changed: %d entries retracted, %d added (%d replacing)",
                                                    first.report.changed, first.report.retracted, first.report.added,
                                                    first.report.replaced))
        print(String(format: "projection:    %.2f s for %d events (timeline rows %lld → %lld)", projectionSeconds, applied,
                     entriesBefore, entriesAfter))
        print(String(format: "memory:        RSS %.1f MB before (freed memory returned), peak %.1f MB during reprocess%@",
                     rssBefore, peak, resetWorked ? "" : " (peak since process start: the peak could not be reset)"))

        let head = try log.headPosition()
        let second = try Pass(backend: backend) { try reprocessor.reprocess() }
        let forced = try Pass(backend: backend) { try reprocessor.reprocess(ReprocessOptions(force: true)) }
        let unchanged = try log.headPosition() == head
        print(second.line("second pass:  ") + String(format: " (%d re-extracted, %d already current), %d changed",
                                                     second.report.examined - second.report.upToDate,
                                                     second.report.upToDate, second.report.changed))
        print(forced.line("forced pass:  ") + String(format: " (all re-extracted), %d changed", forced.report.changed))
        print("no-op passes:  log head \(unchanged ? "unchanged" : "MOVED: the second passes appended events")")
        if !unchanged || second.report.changed + forced.report.changed > 0 { throw ExitCode.failure }
    }

    /// One timed reprocess: wall-clock seconds, and the CPU seconds of this process and of the
    /// PostgreSQL backend serving it (on a busy machine the wall clock says as much about the
    /// neighbours as about the reprocess; the CPU seconds do not).
    private struct Pass {
        var report: ReprocessReport
        var seconds: Double
        var cpuSeconds: Double
        var backendSeconds: Double?

        init(backend: Int32, _ body: () throws -> ReprocessReport) throws {
            let start = ContinuousClock.now, cpu = ResourceUsage.cpuSeconds()
            let backendStart = ResourceUsage.cpuSeconds(ofProcess: backend)
            report = try body()
            cpuSeconds = ResourceUsage.cpuSeconds() - cpu
            if let backendStart, let backendEnd = ResourceUsage.cpuSeconds(ofProcess: backend) {
                backendSeconds = backendEnd - backendStart
            }
            seconds = (ContinuousClock.now - start).seconds
        }

        func line(_ label: String) -> String {
            let articles = Double(report.scanned)
            var line = String(format: "%@ %.2f s = %.0f articles/s; CPU %.2f s here", label, seconds, articles / seconds, cpuSeconds)
            if let backendSeconds {
                line += String(format: " + %.2f s PostgreSQL = %.0f articles per CPU-second", backendSeconds,
                               articles / (cpuSeconds + backendSeconds))
            } else {
                line += String(format: " = %.0f articles per CPU-second (PostgreSQL not counted)", articles / cpuSeconds)
            }
            return line
        }
    }
}

/// The gazetteer change the benchmark reprocesses after: the first person loses every name (as
/// when a wrong entry is corrected), and the foreign ministry, named in one sentence pattern of
/// the generated articles, becomes an actor.
struct BenchGazetteerChange {
    var gazetteer: Gazetteer
    var removed: String
    var added = "विदेश मंत्रालय"

    init(_ base: Gazetteer) {
        var actors = base.actors
        removed = ""
        if let index = actors.firstIndex(where: { $0.kind == .person }) {
            removed = actors[index].canonicalName
            actors[index].canonicalName = "नाम हटाया गया"
            actors[index].latinName = "Name Removed"
            actors[index].aliases = []
        }
        actors.append(Actor(id: "foreign-ministry", kind: .organization, canonicalName: added, latinName: "Foreign Ministry"))
        gazetteer = Gazetteer(actors: actors)
    }
}
