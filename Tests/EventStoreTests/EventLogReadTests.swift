import EventStore
import Foundation
import Postgres
import Synchronization
import Testing

@Suite struct EventLogReadTests {
    @Test func readAfterPagesThroughTheLogInPositionOrder() throws {
        try LogFixture.withLog { log, _, _ throws in
            for stream in ["a", "b", "c"] {
                try log.append(to: stream, (1...5).map { NewEvent(type: "E", data: LogFixture.payload($0)) }, expected: .noStream)
            }
            var cursor: Int64 = 0
            var seen: [RecordedEvent] = []
            while true {
                let page = try log.read(after: cursor, limit: 4)
                if page.isEmpty { break }
                #expect(page.count <= 4)
                seen += page
                cursor = page.last!.position
            }
            #expect(seen.count == 15)
            #expect(seen.map(\.position) == seen.map(\.position).sorted())
            #expect(Set(seen.map(\.id)).count == 15)
            #expect(try log.headPosition() == cursor)
        }
    }

    @Test func largePayloadsAreCompressedWithLZ4AndReadBackUnchanged() throws {
        try LogFixture.withLog { log, conn, _ throws in
            // Larger than the 2 kB over which PostgreSQL compresses a value.
            let sentence = "शनिवार को विदेश मंत्री ने राजधानी में बैठक की और व्यापार पर चर्चा हुई। "
            let data = #"{"entries":["# + (1...40).map { "\"\(sentence)\($0)\"" }.joined(separator: ",") + "]}"
            try log.append(to: "large", [NewEvent(type: "E", data: data)], expected: .noStream)
            let stored = try conn.query("SELECT pg_column_compression(data) AS method FROM events WHERE stream_id = 'large'")
            #expect(stored.first?["method"] == "lz4")
            let read = try log.read(after: 0)
            #expect(read.count == 1)
            let decoded = try JSONSerialization.jsonObject(with: Data(read[0].data.utf8)) as? [String: [String]]
            #expect(decoded?["entries"]?.count == 40)
            #expect(decoded?["entries"]?.last == sentence + "40")
        }
    }

    @Test func uncommittedEventsAreInvisibleUntilCommit() throws {
        try LogFixture.withLog { log, _, url throws in
            let writer = try PostgresConnection.connect(url)
            defer { writer.close() }
            try writer.query("BEGIN")
            try EventLog(connection: writer).append(to: "s", [NewEvent(type: "A", data: "{}")], expected: .any)
            #expect(try log.read(after: 0).isEmpty)
            #expect(try log.headPosition() == 0)
            try writer.query("COMMIT")
            #expect(try log.read(after: 0).count == 1)
        }
    }

    @Test func aLaterAppendWaitsUntilAnEarlierPositionIsCommitted() throws {
        try LogFixture.withLog { log, conn, url throws in
            // Closed after `first`, whose commit (or end) lets its append finish.
            let second = try PostgresConnection.connect(url)
            defer { second.close() }
            let secondPID = second.backendPID  // asked now: while it appends, the connection is busy
            let first = try PostgresConnection.connect(url)
            defer { first.close() }
            try first.query("BEGIN")
            let early = try EventLog(connection: first).append(to: "a", [NewEvent(type: "Early", data: "{}")], expected: .any)
            let laterDone = Mutex<AppendResult?>(nil)
            let finished = DispatchSemaphore(value: 0)
            Thread {
                defer { finished.signal() }
                laterDone.withLock { $0 = try? EventLog(connection: second).append(to: "b", [NewEvent(type: "Late", data: "{}")], expected: .any) }
            }.start()
            // The second append cannot take a position while the first transaction is open: it waits for a lock.
            #expect(try LogFixture.waitUntilWaitingForALock(secondPID, observer: conn))
            #expect(finished.wait(timeout: .now()) == .timedOut)
            #expect(try log.read(after: 0).isEmpty)
            try first.query("COMMIT")
            #expect(finished.wait(timeout: .now() + .seconds(10)) == .success)
            let late = try #require(laterDone.withLock { $0 })
            #expect(late.positions[0] > early.positions[0])
            #expect(try log.read(after: 0).map(\.type) == ["Early", "Late"])
        }
    }

    @Test func tailWakesOnNotificationWithoutWaitingForThePollInterval() async throws {
        try await LogFixture.withLog { log, observer, url async throws in
            try log.append(to: "s", [NewEvent(type: "Old", data: "{}")], expected: .any)
            let tailing = try PostgresConfiguration(url: url).setting("application_name", to: "tail under test")
            let tail = log.tail(after: 0, connectionFactory: { try PostgresConnection.connect(tailing) }, pollInterval: .seconds(60))
            var iterator = tail.makeAsyncIterator()
            #expect(try await iterator.next()?.type == "Old")
            let caughtUp = try observer.query("SELECT clock_timestamp()::text AS t")[0].string("t")
            let appended = Task.detached { () throws -> Bool in
                // Appended once the tail has read again, found nothing and gone back to its session
                // (to wait): only the notification can wake it before the poll interval.
                let waiting = try LogFixture.waitUntil(observer, """
                    SELECT count(*) AS n FROM pg_stat_activity
                    WHERE application_name = 'tail under test' AND state = 'idle' AND query_start > $1::timestamptz
                    """, [.text(caughtUp)])
                let conn = try PostgresConnection.connect(url)
                defer { conn.close() }
                try EventLog(connection: conn).append(to: "s", [NewEvent(type: "New", data: "{}")], expected: .any)
                return waiting
            }
            let start = ContinuousClock.now
            let next = try await iterator.next()
            #expect(next?.type == "New")
            #expect(ContinuousClock.now - start < .seconds(30))
            #expect(try await appended.value, "the tail had read again and found nothing before the append")
        }
    }
}
