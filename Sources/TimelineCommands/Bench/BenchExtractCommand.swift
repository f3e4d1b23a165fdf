import ActorRecognition
import ArgumentParser
import Foundation
import HindiTemporal
import Timelines

/// `timeline bench extract [--megabytes N] [--articles N]`: extraction speed on generated Hindi
/// news text, dates alone and then dates with actors (no database).
public struct BenchExtractCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extraction throughput (MB/s of UTF-8) on generated Hindi text of 1 MB and N MB.",
        discussion: """
            The first lines time the temporal extractor alone. The last line times the whole \
            extraction of `bench ingest` (dates, sentences, actors and places, with the bundled \
            gazetteer and named-entity model) on generated articles, without a database: best of \
            three runs, CPU time of one core.
            """
    )

    @Option(name: .long, help: "Size of the large run in megabytes.")
    public var megabytes: Int = 10

    @Option(name: .long, help: "Generated articles for the whole extraction (0 skips it).")
    public var articles: Int = 3000

    public init() {}

    /// CPU time of the calling thread, so a busy machine does not count against the extractor.
    static func threadCPUSeconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    public func validate() throws {
        guard megabytes >= 1, megabytes <= 2000 else {
            throw ValidationError("--megabytes must be between 1 and 2000, got \(megabytes).")
        }
        guard articles >= 0, articles <= 1_000_000 else {
            throw ValidationError("--articles must be between 0 and 1000000, got \(articles).")
        }
    }

    public func run() throws {
        guard let dct = CalendarDay(iso: "2025-07-13") else { throw ValidationError("Invalid benchmark date.") }
        let extractor = TemporalExtractor()
        for size in [1, megabytes] {
            let text = BenchText.make(bytes: size * 1_000_000)
            let bytes = text.utf8.count
            _ = extractor.extract(from: String(text.prefix(20_000)), published: dct)
            var best = Double.infinity
            var bestCPU = Double.infinity
            var found = 0
            for _ in 0..<(size <= 10 ? 3 : 1) {
                let start = DispatchTime.now().uptimeNanoseconds
                let cpuStart = BenchExtractCommand.threadCPUSeconds()
                found = extractor.extract(from: text, published: dct).count
                bestCPU = min(bestCPU, BenchExtractCommand.threadCPUSeconds() - cpuStart)
                best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            }
            let mb = Double(bytes) / 1e6
            print(String(format: "%4d MB: %.1f MB/s wall, %.1f MB/s CPU of one core (%d expressions, %.3f s)",
                         size, mb / best, mb / bestCPU, found, best))
        }
        if articles > 0 { try measureWholeExtraction() }
    }

    /// Dates and actors of generated articles, as `bench ingest` extracts them before the database.
    private func measureWholeExtraction() throws {
        let gazetteer = try Gazetteer.bundled()
        var generator = SyntheticArticles(gazetteer: gazetteer)
        let input = (0..<articles).map { generator.article(number: $0) }
        let mb = Double(input.reduce(0) { $0 + $1.text.utf8.count }) / 1e6
        let builder = DatedEventBuilder(recognizer: ActorRecognizer(gazetteer: gazetteer), gazetteerRevision: "bundled")
        var bestCPU = Double.infinity, entries = 0
        for _ in 0..<3 {
            let cpuStart = BenchExtractCommand.threadCPUSeconds()
            entries = input.reduce(0) { $0 + builder.extract($1, revision: 1).entries.count }
            bestCPU = min(bestCPU, BenchExtractCommand.threadCPUSeconds() - cpuStart)
        }
        print(String(format: "whole extraction, %d articles (%.1f MB): %.1f MB/s CPU of one core (%d dated entries, %.3f s)",
                     articles, mb, mb / bestCPU, entries, bestCPU))
    }
}
