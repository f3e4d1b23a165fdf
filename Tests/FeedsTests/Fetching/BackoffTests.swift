import Testing
@testable import Feeds

/// A seeded generator so jitter is reproducible (SplitMix64).
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Always returns the largest value, to pin the upper end of the jitter range.
struct MaximalGenerator: RandomNumberGenerator {
    mutating func next() -> UInt64 { UInt64.max }
}

@Suite struct BackoffTests {
    @Test func ceilingDoublesPerFailureUpToTheMaximum() {
        let expected: [Duration] = [.zero, .seconds(30), .seconds(60), .seconds(120), .seconds(240), .seconds(480),
                                    .seconds(960), .seconds(1920), .seconds(3600), .seconds(3600)]
        for (n, ceiling) in expected.enumerated() {
            #expect(Backoff.ceiling(afterFailures: n, base: .seconds(30), max: .seconds(3600)) == ceiling)
        }
        #expect(Backoff.ceiling(afterFailures: 10_000, base: .seconds(30), max: .seconds(3600)) == .seconds(3600))
        #expect(Backoff.ceiling(afterFailures: Int.max, base: .seconds(1), max: .seconds(7)) == .seconds(7))
    }

    @Test func delayIsFullJitterWithinZeroAndTheCeiling() {
        var generator = SeededGenerator(state: 42)
        for n in 1...20 {
            let ceiling = Backoff.ceiling(afterFailures: n, base: .milliseconds(500), max: .seconds(300))
            var seen = Set<Duration>()
            for _ in 0..<200 {
                let delay = Backoff.delay(afterFailures: n, base: .milliseconds(500), max: .seconds(300), jitter: &generator)
                #expect(delay >= .zero && delay <= ceiling)
                seen.insert(delay)
            }
            #expect(seen.count > 100)  // spread over the range, not a constant
        }
    }

    @Test func jitterCoversTheWholeRange() {
        var generator = SeededGenerator(state: 7)
        let delays = (0..<2_000).map { _ in Backoff.delay(afterFailures: 4, base: .seconds(1), max: .seconds(60), jitter: &generator) }
        #expect(delays.contains { $0 < .seconds(1) })
        #expect(delays.contains { $0 > .seconds(7) })
        var maximal = MaximalGenerator()
        #expect(Backoff.delay(afterFailures: 4, base: .seconds(1), max: .seconds(60), jitter: &maximal) == .seconds(8))
    }

    @Test func noFailuresOrZeroBaseMeansNoDelay() {
        var generator = SeededGenerator(state: 1)
        #expect(Backoff.delay(afterFailures: 0, base: .seconds(5), max: .seconds(60), jitter: &generator) == .zero)
        #expect(Backoff.delay(afterFailures: -3, base: .seconds(5), max: .seconds(60), jitter: &generator) == .zero)
        #expect(Backoff.delay(afterFailures: 3, base: .zero, max: .seconds(60), jitter: &generator) == .zero)
    }
}
