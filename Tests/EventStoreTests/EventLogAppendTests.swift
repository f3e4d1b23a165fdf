import EventStore
import Foundation
import Postgres
import Synchronization
import Testing

@Suite struct EventLogAppendTests {
    @Test func appendThenReadStreamInVersionOrder() throws {
        try LogFixture.withLog { log, _, _ throws in
            let first = try log.append(to: "actor:भारत", [
                NewEvent(type: "DatedEventExtracted", data: LogFixture.payload(1), metadata: #"{"source": "समाचार"}"#),
                NewEvent(type: "DatedEventExtracted", data: LogFixture.payload(2)),
            ], expected: .noStream)
            #expect(first.lastVersion == 2)
            #expect(first.positions.count == 2 && first.positions[0] < first.positions[1])
            #expect(!first.wasDuplicate)
            let second = try log.append(to: "actor:भारत", [NewEvent(type: "Corrected", data: "{}")], expected: .exactly(2))
            #expect(second.lastVersion == 3)
            let events = try log.readStream("actor:भारत")
            #expect(events.map(\.version) == [1, 2, 3])
            #expect(events.map(\.type) == ["DatedEventExtracted", "DatedEventExtracted", "Corrected"])
            #expect(events[0].metadata == #"{"source": "समाचार"}"#)
            #expect(events[1].metadata == nil)
            #expect(events[0].data.contains("दिल्ली"))
            #expect(try log.readStream("actor:भारत", fromVersion: 3).map(\.version) == [3])
            #expect(try log.headPosition() == second.positions[0])
            #expect(abs(events[0].recordedAt.timeIntervalSinceNow) < 300)
        }
    }

    @Test func wrongExpectedVersionIsADistinctError() throws {
        try LogFixture.withLog { log, conn, _ throws in
            try log.append(to: "s", [NewEvent(type: "A", data: "1")], expected: .noStream)
            let again = #expect(throws: EventLogError.self) {
                try log.append(to: "s", [NewEvent(type: "A", data: "2")], expected: .noStream)
            }
            #expect(again?.code == .wrongExpectedVersion(stream: "s", expected: .noStream, actual: 1))
            let stale = #expect(throws: EventLogError.self) {
                try log.append(to: "s", [NewEvent(type: "A", data: "3")], expected: .exactly(5))
            }
            #expect(stale?.code == .wrongExpectedVersion(stream: "s", expected: .exactly(5), actual: 1))
            #expect(try log.append(to: "s", [NewEvent(type: "A", data: "4")], expected: .any).lastVersion == 2)
            #expect(try LogFixture.count(conn) == 2)
        }
    }

    @Test func twoWritersRacingOnOneVersionOneWins() throws {
        try LogFixture.withLog { log, _, url throws in
            for round in 0..<15 {
                let stream = "race-\(round)"
                try log.append(to: stream, [NewEvent(type: "Start", data: "{}")], expected: .noStream)
                let outcomes = Mutex<[String]>([])
                LogFixture.onThreads(2) { writer in
                    let outcome: String
                    do {
                        let conn = try PostgresConnection.connect(url)
                        defer { conn.close() }
                        try EventLog(connection: conn).append(to: stream, [NewEvent(type: "Next", data: "\(writer)")], expected: .exactly(1))
                        outcome = "won"
                    } catch let error as EventLogError {
                        outcome = error.code == .wrongExpectedVersion(stream: stream, expected: .exactly(1), actual: 2) ? "conflict" : "\(error)"
                    } catch {
                        outcome = "\(error)"
                    }
                    outcomes.withLock { $0.append(outcome) }
                }
                #expect(outcomes.withLock { $0.sorted() } == ["conflict", "won"])
                #expect(try log.readStream(stream).map(\.version) == [1, 2])
            }
        }
    }

    @Test func retriedAppendIsStoredOnce() throws {
        try LogFixture.withLog { log, conn, _ throws in
            let events = [NewEvent(type: "A", data: LogFixture.payload(1)), NewEvent(type: "B", data: LogFixture.payload(2))]
            let first = try log.append(to: "actor:नेपाल", events, expected: .noStream)
            for _ in 0..<3 {
                let retry = try log.append(to: "actor:नेपाल", events, expected: .noStream)
                #expect(retry.wasDuplicate)
                #expect(retry.positions == first.positions)
                #expect(retry.lastVersion == 2)
            }
            #expect(try LogFixture.count(conn) == 2)
        }
    }

    @Test func sameIdsWithOtherContentAreRefused() throws {
        try LogFixture.withLog { log, conn, _ throws in
            let id = UUID()
            try log.append(to: "s", [NewEvent(id: id, type: "A", data: #"{"v": 1}"#)], expected: .any)
            let changed = #expect(throws: EventLogError.self) {
                try log.append(to: "s", [NewEvent(id: id, type: "A", data: #"{"v": 2}"#)], expected: .any)
            }
            #expect(changed?.code == .idempotencyMismatch(stream: "s"))
            let otherStream = #expect(throws: EventLogError.self) {
                try log.append(to: "t", [NewEvent(id: id, type: "A", data: #"{"v": 1}"#)], expected: .any)
            }
            #expect(otherStream?.code == .idempotencyMismatch(stream: "t"))
            let partly = #expect(throws: EventLogError.self) {
                try log.append(to: "s", [NewEvent(id: id, type: "A", data: #"{"v": 1}"#), NewEvent(type: "B", data: "{}")], expected: .any)
            }
            #expect(partly?.code == .idempotencyMismatch(stream: "s"))
            let repeated = NewEvent(type: "A", data: "{}")
            let twice = #expect(throws: EventLogError.self) {
                try log.append(to: "u", [repeated, repeated], expected: .any)
            }
            #expect(twice?.code == .duplicateEventID(repeated.id))
            #expect(try LogFixture.count(conn) == 1)
        }
    }

    @Test func batchAcrossStreamsIsAllOrNothing() throws {
        try LogFixture.withLog { log, conn, _ throws in
            try log.append(to: "b", [NewEvent(type: "A", data: "{}")], expected: .noStream)
            let failing = #expect(throws: EventLogError.self) {
                try log.append(batch: [
                    (stream: "a", events: [NewEvent(type: "A", data: "{}")], expected: .noStream),
                    (stream: "b", events: [NewEvent(type: "A", data: "{}")], expected: .noStream),
                ])
            }
            #expect(failing?.code == .wrongExpectedVersion(stream: "b", expected: .noStream, actual: 1))
            #expect(try LogFixture.count(conn) == 1)
            let results = try log.append(batch: [
                (stream: "a", events: [NewEvent(type: "A", data: "1"), NewEvent(type: "A", data: "2")], expected: .noStream),
                (stream: "b", events: [NewEvent(type: "A", data: "3")], expected: .exactly(1)),
                (stream: "a", events: [NewEvent(type: "A", data: "4")], expected: .exactly(2)),
            ])
            #expect(results.map(\.lastVersion) == [2, 2, 3])
            #expect(results.flatMap(\.positions) == results.flatMap(\.positions).sorted())
            #expect(try log.readStream("a").map(\.data) == ["1", "2", "4"])
        }
    }
}
