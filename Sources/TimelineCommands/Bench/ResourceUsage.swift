#if canImport(Glibc)
import Glibc
#endif

/// The process's own resource use, for benchmark reports.
enum ResourceUsage {
    /// Peak resident set size in MB (`getrusage`'s `ru_maxrss` is in KiB on Linux).
    static func peakResidentMegabytes() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}
