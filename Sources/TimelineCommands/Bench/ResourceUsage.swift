#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// The process's own resource use, for benchmark reports.
enum ResourceUsage {
    /// Peak resident set size in MB (`getrusage`'s `ru_maxrss` is in KiB on Linux).
    static func peakResidentMegabytes() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }

    /// The resident set size now, in MB (`/proc/self/statm`; 0 where it cannot be read).
    static func currentResidentMegabytes() -> Double {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Double(fields[1]) else { return 0 }
        return pages * Double(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
    }

    /// CPU time (user and system) this process has used, in seconds.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// CPU time (user and system) of another process on this machine, e.g. the PostgreSQL backend
    /// serving a connection (`/proc/PID/stat`); `nil` where it cannot be read.
    static func cpuSeconds(ofProcess pid: Int32) -> Double? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let afterName = text.lastIndex(of: ")") else { return nil }
        // Fields after the command name: state is field 3, utime field 14, stime field 15.
        let fields = text[text.index(after: afterName)...].split(separator: " ")
        guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else { return nil }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    /// Hands freed heap memory back to the system (glibc's `malloc_trim`, looked up at run time as
    /// `malloc.h` is not in the C library's module), so the resident size shows what is in use.
    static func releaseFreedMemory() {
        guard let symbol = dlsym(nil, "malloc_trim") else { return }
        typealias Trim = @convention(c) (Int) -> Int32
        _ = unsafeBitCast(symbol, to: Trim.self)(0)
    }

    /// Starts the peak over from the current size (Linux: `5` to `/proc/self/clear_refs`), so the
    /// next `peakResidentMegabytes()` is the peak of what follows. Returns whether that worked.
    static func resetPeak() -> Bool {
        guard let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return false }
        defer { try? handle.close() }
        return (try? handle.write(contentsOf: Data("5".utf8))) != nil
    }
}
