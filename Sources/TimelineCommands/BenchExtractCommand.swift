import ArgumentParser
import Foundation
import HindiTemporal

/// `timeline bench extract [--megabytes N]`: extraction speed on generated Hindi news text.
public struct BenchExtractCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extraction throughput (MB/s of UTF-8) on generated Hindi text of 1 MB and N MB."
    )

    @Option(name: .long, help: "Size of the large run in megabytes.")
    public var megabytes: Int = 10

    public init() {}

    public func validate() throws {
        guard megabytes >= 1, megabytes <= 2000 else {
            throw ValidationError("--megabytes must be between 1 and 2000, got \(megabytes).")
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
            var found = 0
            for _ in 0..<(size <= 10 ? 3 : 1) {
                let start = DispatchTime.now().uptimeNanoseconds
                found = extractor.extract(from: text, published: dct).count
                let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                best = min(best, seconds)
            }
            let mbps = Double(bytes) / 1e6 / best
            print(String(format: "%4d MB: %.1f MB/s (%d expressions, %.3f s)", size, mbps, found, best))
        }
    }
}
