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
    }
}
