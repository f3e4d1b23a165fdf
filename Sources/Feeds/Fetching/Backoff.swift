/// Delay before retrying a feed after consecutive failures: exponential growth with "full jitter"
/// (a uniform random delay between zero and `min(max, base · 2^(n-1))`).
///
/// Example: a Hindi news feed that failed 3 times with `base: .seconds(30), max: .seconds(3600)` waits
/// a random delay in 0…120 s; after 10 failures the ceiling is 3600 s.
public struct Backoff: Sendable {
    /// The delay after `n` consecutive failures; zero when `n <= 0` or `base <= 0`.
    public static func delay(
        afterFailures n: Int, base: Duration, max: Duration, jitter: inout some RandomNumberGenerator
    ) -> Duration {
        let ceiling = Self.ceiling(afterFailures: n, base: base, max: max)
        guard ceiling > .zero else { return .zero }
        let ceilingNanos = nanoseconds(ceiling)
        return .nanoseconds(Int64.random(in: 0...ceilingNanos, using: &jitter))
    }

    /// The upper bound of ``delay(afterFailures:base:max:jitter:)``: `min(max, base · 2^(n-1))`.
    public static func ceiling(afterFailures n: Int, base: Duration, max: Duration) -> Duration {
        guard n > 0, base > .zero, max > .zero else { return .zero }
        let baseNanos = nanoseconds(base)
        let maxNanos = nanoseconds(max)
        let shift = n - 1
        if shift >= 62 || baseNanos > (maxNanos >> shift) { return .nanoseconds(maxNanos) }
        return .nanoseconds(Swift.min(maxNanos, baseNanos << shift))
    }

    private static func nanoseconds(_ duration: Duration) -> Int64 {
        let parts = duration.components
        let (scaled, overflow) = parts.seconds.multipliedReportingOverflow(by: 1_000_000_000)
        if overflow { return parts.seconds < 0 ? 0 : Int64.max }
        let (total, overflow2) = scaled.addingReportingOverflow(parts.attoseconds / 1_000_000_000)
        return overflow2 ? Int64.max : Swift.max(0, total)
    }
}
