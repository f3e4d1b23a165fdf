import Foundation
import Testing
@testable import Feeds

@Suite struct FeedParserConcurrencyTests {
    @Test func parsesFromManyTasksAtOnceWithIdenticalResults() async throws {
        let rss = Data(Fixtures.rssHindi.utf8)
        let atom = Data(Fixtures.atom.utf8)
        let expectedRSS = try FeedParser.parse(rss)
        let expectedAtom = try FeedParser.parse(atom)
        try await withThrowingTaskGroup(of: Bool.self) { group in
            for round in 0..<32 {
                group.addTask {
                    round.isMultiple(of: 2) ? try FeedParser.parse(rss) == expectedRSS : try FeedParser.parse(atom) == expectedAtom
                }
            }
            for try await same in group { #expect(same) }
        }
    }
}
