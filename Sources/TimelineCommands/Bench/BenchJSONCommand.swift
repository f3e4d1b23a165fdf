import ActorRecognition
import ArgumentParser
import Foundation
import Timelines

/// `timeline bench json [--articles N]`: the `ArticleExtracted` payload's own JSON writer and
/// reader against Foundation's `JSONEncoder`, `JSONDecoder` and `JSONSerialization`, on the
/// payloads of generated Hindi articles; no database. The ratios are why the project keeps its own.
struct BenchJSONCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "json",
        abstract: "The event payload's JSON writer and reader against Foundation's coders (MB/s and ratios; no database)."
    )

    @Option(help: "How many generated articles' payloads to write and read.")
    var articles: Int = 2_000

    func validate() throws {
        guard (10...100_000).contains(articles) else { throw ValidationError("--articles must be between 10 and 100000, got \(articles).") }
    }

    func run() throws {
        let gazetteer = try Gazetteer.bundled()
        var generator = SyntheticArticles(gazetteer: gazetteer)
        let builder = DatedEventBuilder(recognizer: ActorRecognizer(gazetteer: gazetteer), gazetteerRevision: "bench")
        let payloads = (0..<articles).map { builder.extract(generator.article(number: $0), revision: 1) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let texts = payloads.map(PayloadJSON.write)
        let megabytes = Double(texts.reduce(0) { $0 + $1.utf8.count }) / 1e6
        print("payloads: \(articles), \(String(format: "%.1f", megabytes)) MB of JSON, \(payloads.reduce(0) { $0 + $1.entries.count }) entries")

        let ownWrite = Self.best { for value in payloads { _ = PayloadJSON.write(value) } }
        let foundationWrite = try Self.best { for value in payloads { _ = try encoder.encode(value) } }
        let ownRead = try Self.best { for text in texts { _ = try PayloadJSON.read(text) } }
        let decoder = JSONDecoder()
        let foundationRead = try Self.best { for text in texts { _ = try decoder.decode(ArticleExtracted.self, from: Data(text.utf8)) } }
        let untypedRead = try Self.best { for text in texts { _ = try JSONSerialization.jsonObject(with: Data(text.utf8)) } }
        func line(_ name: String, _ seconds: Double, against: Double? = nil) -> String {
            let ratio = against.map { String(format: "  (%.1f× the own coder's time)", $0 > 0 ? seconds / $0 : 0) } ?? ""
            return "\(name.padding(toLength: 34, withPad: " ", startingAt: 0)) \(String(format: "%7.1f MB/s", megabytes / seconds))\(ratio)"
        }
        print(line("write: own writer", ownWrite))
        print(line("write: JSONEncoder", foundationWrite, against: ownWrite))
        print(line("read: own reader", ownRead))
        print(line("read: JSONDecoder", foundationRead, against: ownRead))
        print(line("read: JSONSerialization (untyped)", untypedRead, against: ownRead))
    }

    /// The best of three runs, in seconds.
    private static func best(_ body: () throws -> Void) rethrows -> Double {
        var best = Double.infinity
        for _ in 0..<3 {
            let start = ContinuousClock.now
            try body()
            let elapsed = ContinuousClock.now - start
            best = min(best, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        }
        return best
    }
}
