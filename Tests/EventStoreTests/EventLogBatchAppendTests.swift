import EventStore
import Foundation
import Postgres
import Testing

@Suite struct EventLogBatchAppendTests {
    typealias Entry = (stream: String, events: [NewEvent], expected: ExpectedVersion)

    static func events(_ count: Int, from first: Int = 0) -> [NewEvent] {
        (first..<first + count).map { NewEvent(type: "DatedEventExtracted", data: LogFixture.payload($0), metadata: #"{"स्रोत": "समाचार"}"#) }
    }

    @Test func resultsMatchTheStoredVersionsAndPositions() throws {
        try LogFixture.withLog { log, _, _ throws in
            try log.append(to: "actor:भारत", Self.events(3), expected: .noStream)
            let batch: [Entry] = [
                (stream: "actor:भारत", events: Self.events(400), expected: .exactly(3)),
                (stream: "actor:नेपाल", events: Self.events(500), expected: .noStream),
                (stream: "actor:भारत", events: Self.events(250), expected: .exactly(403)),
                (stream: "actor:श्रीलंका", events: Self.events(50), expected: .any),
            ]
            let results = try log.append(batch: batch)
            #expect(results.map(\.lastVersion) == [403, 500, 653, 50])
            #expect(results.allSatisfy { !$0.wasDuplicate })
            #expect(zip(results, batch).allSatisfy { $0.positions.count == $1.events.count })
            let all = results.flatMap(\.positions)
            #expect(all == all.sorted() && Set(all).count == all.count)
            var stored: [UUID: RecordedEvent] = [:]
            for stream in ["actor:भारत", "actor:नेपाल", "actor:श्रीलंका"] {
                for event in try log.readStream(stream) { stored[event.id] = event }
            }
            for (result, entry) in zip(results, batch) {
                let firstVersion = result.lastVersion - Int64(entry.events.count) + 1
                for (offset, event) in entry.events.enumerated() {
                    #expect(stored[event.id]?.position == result.positions[offset])
                    #expect(stored[event.id]?.version == firstVersion + Int64(offset))
                    #expect(stored[event.id]?.streamID == entry.stream)
                    #expect(stored[event.id]?.type == event.type)
                }
            }
            #expect(try log.read(after: 0, limit: 2000).suffix(1200).map(\.id) == batch.flatMap { $0.events.map(\.id) })
        }
    }

    @Test func retriedBatchIsReportedAsDuplicateAndStoredOnce() throws {
        try LogFixture.withLog { log, conn, _ throws in
            let batch: [Entry] = [
                (stream: "a", events: Self.events(3), expected: .noStream),
                (stream: "b", events: Self.events(2), expected: .any),
                (stream: "a", events: Self.events(1, from: 3), expected: .exactly(3)),
            ]
            let first = try log.append(batch: batch)
            for _ in 0..<2 {
                let retry = try log.append(batch: batch)
                #expect(retry.allSatisfy { $0.wasDuplicate })
                #expect(retry.map(\.positions) == first.map(\.positions))
                #expect(retry.map(\.lastVersion) == first.map(\.lastVersion))
            }
            #expect(try LogFixture.count(conn) == 6)
        }
    }

    @Test func partlyStoredBatchAppendsOnlyTheNewEntries() throws {
        try LogFixture.withLog { log, conn, _ throws in
            let stored = Self.events(2)
            let earlier = try log.append(to: "a", stored, expected: .noStream)
            let fresh = Self.events(3, from: 2)
            let results = try log.append(batch: [(stream: "a", events: stored, expected: .noStream), (stream: "b", events: fresh, expected: .noStream)])
            #expect(results[0] == AppendResult(lastVersion: 2, positions: earlier.positions, wasDuplicate: true))
            #expect(!results[1].wasDuplicate && results[1].lastVersion == 3)
            #expect(try log.readStream("b").map(\.id) == fresh.map(\.id))
            // An entry whose ids are only partly stored is a mismatch, and the whole batch is refused.
            let mixed = #expect(throws: EventLogError.self) {
                try log.append(batch: [
                    (stream: "c", events: Self.events(1, from: 9), expected: .any),
                    (stream: "a", events: [stored[0], NewEvent(type: "Other", data: "{}")], expected: .any),
                ])
            }
            #expect(mixed?.code == .idempotencyMismatch(stream: "a"))
            #expect(try LogFixture.count(conn) == 5)
        }
    }

    /// An event id is stored once in the whole log, though the log's unique key is (event_id,
    /// stream_id): a batch that files a stored id under another stream is refused, nothing written.
    @Test func batchReusingAnIdOfAnotherStreamIsRefused() throws {
        try LogFixture.withLog { log, conn, _ throws in
            let stored = Self.events(1)
            try log.append(to: "a", stored, expected: .noStream)
            let reused = #expect(throws: EventLogError.self) {
                try log.append(batch: [
                    (stream: "b", events: Self.events(2, from: 5), expected: .noStream),
                    (stream: "c", events: stored, expected: .noStream),
                ])
            }
            #expect(reused?.code == .idempotencyMismatch(stream: "c"))
            #expect(try LogFixture.count(conn) == 1)
            #expect(try log.readStream("c").isEmpty)
        }
    }

    @Test func conflictCountsEarlierEntriesOfTheSameStream() throws {
        try LogFixture.withLog { log, conn, _ throws in
            let conflict = #expect(throws: EventLogError.self) {
                try log.append(batch: [
                    (stream: "s", events: Self.events(2), expected: .noStream),
                    (stream: "s", events: Self.events(1, from: 2), expected: .exactly(1)),
                ])
            }
            #expect(conflict?.code == .wrongExpectedVersion(stream: "s", expected: .exactly(1), actual: 2))
            #expect(try LogFixture.count(conn) == 0)
        }
    }

    @Test func entryWithoutEventsOnlyChecksItsVersion() throws {
        try LogFixture.withLog { log, conn, _ throws in
            try log.append(to: "s", Self.events(1), expected: .noStream)
            let results = try log.append(batch: [(stream: "s", events: [], expected: .exactly(1)), (stream: "t", events: Self.events(1, from: 1), expected: .any)])
            #expect(results[0] == AppendResult(lastVersion: 1, positions: [], wasDuplicate: false))
            #expect(results[1].lastVersion == 1)
            let stale = #expect(throws: EventLogError.self) { try log.append(to: "s", [], expected: .noStream) }
            #expect(stale?.code == .wrongExpectedVersion(stream: "s", expected: .noStream, actual: 1))
            #expect(try LogFixture.count(conn) == 2)
        }
    }

    @Test func retriedSingleEventIsReportedAsDuplicate() throws {
        try LogFixture.withLog { log, conn, _ throws in
            let event = NewEvent(type: "DatedEventExtracted", data: LogFixture.payload(7))
            let first = try log.append(to: "one", [event], expected: .noStream)
            #expect(first.lastVersion == 1 && first.positions.count == 1)
            for expected in [ExpectedVersion.noStream, .any, .exactly(0)] {
                #expect(try log.append(to: "one", [event], expected: expected) == AppendResult(lastVersion: 1, positions: first.positions, wasDuplicate: true))
            }
            #expect(try log.append(to: "one", [NewEvent(type: "Next", data: "{}")], expected: .exactly(1)).lastVersion == 2)
            #expect(try LogFixture.count(conn) == 2)
        }
    }

    @Test func appendsInsideACallerTransactionCommitAndRollBackWithIt() throws {
        try LogFixture.withLog { log, conn, _ throws in
            struct Abandon: Error {}
            #expect(throws: Abandon.self) {
                try conn.transaction { _ in
                    try log.append(batch: [(stream: "t", events: Self.events(2), expected: .noStream)])
                    throw Abandon()
                }
            }
            #expect(try LogFixture.count(conn) == 0)
            let batch: [Entry] = [(stream: "t", events: Self.events(2), expected: .noStream)]
            let results = try conn.transaction { _ in
                let first = try log.append(batch: batch)
                // A retry inside the same transaction is settled without aborting it.
                let retry = try log.append(batch: batch)
                let single = try log.append(to: "u", Self.events(1, from: 5), expected: .noStream)
                return (first, retry, single)
            }
            #expect(results.1.allSatisfy { $0.wasDuplicate } && results.1.map(\.positions) == results.0.map(\.positions))
            #expect(results.2.lastVersion == 1)
            #expect(try LogFixture.count(conn) == 3)
        }
    }
}
