import ActorRecognition
import ArgumentParser
import Foundation
import HindiEvents
import HindiTemporal
import Timelines

/// `timeline bench extract [--megabytes N] [--articles N] [--input FILE]`: extraction speed on
/// generated Hindi news text, dates alone and then dates with actors (no database), and on articles
/// of your own.
public struct BenchExtractCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extraction throughput (MB/s of UTF-8) on generated Hindi text of 1 MB and N MB.",
        discussion: """
            The first lines time the temporal extractor alone, then with the event reader on the \
            sentence of every resolved date (trigger, CAMEO root, realis; no actors). The last line times the whole \
            extraction of `bench ingest` (dates, sentences, actors and places, with the bundled \
            gazetteer and named-entity model) on generated articles, without a database: best of \
            three runs, CPU time of one core. The generated articles date most of their sentences; \
            real news dates fewer, and the name tagger reads only dated sentences: `--input FILE` \
            (articles as `timeline ingest` reads them, e.g. JSON Lines with `id`, `published`, \
            `text`) adds a line for the whole extraction of those articles.
            """
    )

    @Option(name: .long, help: "Size of the large run in megabytes.")
    public var megabytes: Int = 10

    @Option(name: .long, help: "Generated articles for the whole extraction (0 skips it).")
    public var articles: Int = 3000

    @Option(name: .long, help: ArgumentHelp("Articles to time the whole extraction on as well (JSON, JSON Lines or text, as for ingest).",
                                            valueName: "file"))
    public var input: String?

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
        measureWithEvents(BenchText.make(bytes: 1_000_000), published: dct)
        if articles > 0 { try measureWholeExtraction() }
        if let input { try measureWholeExtraction(ofFile: input) }
    }

    /// The temporal extractor and the event reader on the sentence of every resolved date.
    private func measureWithEvents(_ text: String, published: CalendarDay) {
        let extractor = TemporalExtractor(), reader = EventReader()
        var bestCPU = Double.infinity, read = 0
        for _ in 0..<3 {
            let cpuStart = BenchExtractCommand.threadCPUSeconds()
            let reading = extractor.read(text, published: published)
            var sentence = 0, prepared: (index: Int, sentence: EventSentence)?
            read = 0
            for expression in reading.expressions where expression.interval != nil {
                while sentence < reading.sentences.count, reading.sentences[sentence].scalarRange.upperBound <= expression.scalarRange.lowerBound {
                    sentence += 1
                }
                guard sentence < reading.sentences.count else { break }
                let bounds = reading.sentences[sentence]
                // As ingest does: a sentence is read once for all its dates.
                if prepared?.index != sentence { prepared = (sentence, reader.prepare(String(text[bounds.range]))) }
                guard let words = prepared?.sentence else { continue }
                let start = bounds.scalarRange.lowerBound
                _ = reader.read(words, date: (expression.scalarRange.lowerBound - start)..<(expression.scalarRange.upperBound - start))
                read += 1
            }
            bestCPU = min(bestCPU, BenchExtractCommand.threadCPUSeconds() - cpuStart)
        }
        let mb = Double(text.utf8.count) / 1e6
        print(String(format: "   1 MB with events: %.1f MB/s CPU of one core (%d dated expressions read for events, %.3f s)",
                     mb / bestCPU, read, bestCPU))
    }

    /// Dates and actors of generated articles, as `bench ingest` extracts them before the database.
    private func measureWholeExtraction() throws {
        let gazetteer = try Gazetteer.bundled()
        var generator = SyntheticArticles(gazetteer: gazetteer)
        let input = (0..<articles).map { generator.article(number: $0) }
        try measureWholeExtraction(of: input, gazetteer: gazetteer, label: "\(articles) articles")
    }

    /// The same on the articles of a file.
    private func measureWholeExtraction(ofFile path: String) throws {
        let url = URL(fileURLWithPath: path)
        guard let data = try? Data(contentsOf: url) else { throw ValidationError("Cannot read --input file '\(path)'.") }
        let decoded = ArticleDecoder().decode(data, name: path)
        for error in decoded.errors { FileHandle.standardError.write(Data("warning: \(error.description)\n".utf8)) }
        guard !decoded.articles.isEmpty else { throw ValidationError("No article could be read from '\(path)'.") }
        try measureWholeExtraction(of: decoded.articles, gazetteer: try Gazetteer.bundled(),
                                   label: "\(decoded.articles.count) articles of \(url.lastPathComponent)")
    }

    private func measureWholeExtraction(of input: [Article], gazetteer: Gazetteer, label: String) throws {
        let mb = Double(input.reduce(0) { $0 + $1.text.utf8.count }) / 1e6
        let builder = DatedEventBuilder(recognizer: ActorRecognizer(gazetteer: gazetteer), gazetteerRevision: "bundled")
        // Small inputs are repeated so that one timed run lasts long enough to measure.
        let repeats = max(1, Int((2.0 / max(mb, 0.001)).rounded(.up)))
        var bestCPU = Double.infinity, entries = 0
        for _ in 0..<3 {
            let cpuStart = BenchExtractCommand.threadCPUSeconds()
            for _ in 0..<repeats { entries = input.reduce(0) { $0 + builder.extract($1, revision: 1).entries.count } }
            bestCPU = min(bestCPU, (BenchExtractCommand.threadCPUSeconds() - cpuStart) / Double(repeats))
        }
        print(String(format: "whole extraction, %@ (%.1f MB): %.1f MB/s CPU of one core (%d dated entries, %.3f s)",
                     label, mb, mb / bestCPU, entries, bestCPU))
    }
}
