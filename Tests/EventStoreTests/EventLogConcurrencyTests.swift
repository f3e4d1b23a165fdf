import EventStore
import Foundation
import Postgres
import Synchronization
import Testing

@Suite struct EventLogConcurrencyTests {
    /// 8 writers × 5,000 events on 12 shared streams, half with `.any`, half with optimistic retries,
    /// while one reader tails the whole log.
    @Test func concurrentWritersAndATailingReader() async throws {
        let writers = 8, perWriter = 5_000
        let total = writers * perWriter
        try await LogFixture.withLog { log, _, url async throws in
            let reader = Task.detached { () throws -> [RecordedEvent] in
                var seen: [RecordedEvent] = []
                let tail = EventLog(connection: try PostgresConnection.connect(url))
                    .tail(after: 0, connectionFactory: { try PostgresConnection.connect(url) }, pollInterval: .milliseconds(200))
                for try await event in tail {
                    seen.append(event)
                    if seen.count == total { break }
                }
                return seen
            }
            let failures = Mutex<[String]>([])
            let appended = Mutex<Set<UUID>>([])
            LogFixture.onThreads(writers) { writer in
                do {
                    let conn = try PostgresConnection.connect(url)
                    defer { conn.close() }
                    let log = EventLog(connection: conn)
                    var generator = SystemRandomNumberGenerator()
                    var written = 0
                    while written < perWriter {
                        let size = min(perWriter - written, Int.random(in: 1...25, using: &generator))
                        let stream = "actor:\(Int.random(in: 0..<12, using: &generator))"
                        let events = (0..<size).map { NewEvent(type: "Dated", data: LogFixture.payload(written + $0)) }
                        if writer % 2 == 0 {
                            try log.append(to: stream, events, expected: .any)
                        } else {
                            while true {
                                let current = try log.currentVersion(of: stream)
                                do {
                                    try log.append(to: stream, events, expected: current == 0 ? .noStream : .exactly(current))
                                    break
                                } catch let error as EventLogError {
                                    guard case .wrongExpectedVersion = error.code else { throw error }
                                }
                            }
                        }
                        appended.withLock { $0.formUnion(events.map(\.id)) }
                        written += size
                    }
                } catch {
                    failures.withLock { $0.append(String(reflecting: error)) }
                }
            }
            #expect(failures.withLock { $0 } == [])
            let watchdog = Task.detached {
                try await Task.sleep(for: .seconds(120))
                reader.cancel()
            }
            let seen = try await reader.value
            watchdog.cancel()

            #expect(seen.count == total)
            #expect(zip(seen, seen.dropFirst()).allSatisfy { $0.position < $1.position })
            #expect(Set(seen.map(\.id)) == appended.withLock { $0 })
            #expect(Set(seen.map(\.id)).count == seen.count)
            for (_, events) in Dictionary(grouping: seen, by: \.streamID) {
                #expect(events.map(\.version) == Array(1...Int64(events.count)))
            }
            #expect(try log.headPosition() == seen.last?.position)
        }
    }

    /// 6 writers append batches over 12 shared streams (half `.any`, half optimistic with retries) and
    /// repeat every fifth batch, which must come back as duplicates, while one reader tails the log.
    @Test func concurrentBatchWritersAndATailingReader() async throws {
        let writers = 6, perWriter = 4_000
        let total = writers * perWriter
        try await LogFixture.withLog { log, _, url async throws in
            let reader = Task.detached { () throws -> [RecordedEvent] in
                var seen: [RecordedEvent] = []
                let tail = EventLog(connection: try PostgresConnection.connect(url))
                    .tail(after: 0, connectionFactory: { try PostgresConnection.connect(url) }, pollInterval: .milliseconds(200))
                for try await event in tail {
                    seen.append(event)
                    if seen.count == total { break }
                }
                return seen
            }
            let failures = Mutex<[String]>([])
            let appended = Mutex<Set<UUID>>([])
            LogFixture.onThreads(writers) { writer in
                do {
                    let conn = try PostgresConnection.connect(url)
                    defer { conn.close() }
                    let log = EventLog(connection: conn)
                    var generator = SystemRandomNumberGenerator()
                    var written = 0, batches = 0
                    while written < perWriter {
                        let streams = Array((0..<12).shuffled(using: &generator).prefix(Int.random(in: 1...5, using: &generator)))
                        var parts: [(stream: String, events: [NewEvent])] = []
                        var planned = 0
                        for stream in streams where written + planned < perWriter {
                            let size = min(perWriter - written - planned, Int.random(in: 1...40, using: &generator))
                            let first = written + planned
                            parts.append((stream: "actor:\(stream)", events: (0..<size).map { NewEvent(type: "Dated", data: LogFixture.payload(first + $0)) }))
                            planned += size
                        }
                        var batch: [(stream: String, events: [NewEvent], expected: ExpectedVersion)] = []
                        while true {
                            batch = try parts.map { part in
                                guard writer % 2 == 1 else { return (stream: part.stream, events: part.events, expected: .any) }
                                let current = try log.currentVersion(of: part.stream)
                                return (stream: part.stream, events: part.events, expected: current == 0 ? .noStream : .exactly(current))
                            }
                            do {
                                try log.append(batch: batch)
                                break
                            } catch let error as EventLogError {
                                guard case .wrongExpectedVersion = error.code else { throw error }
                            }
                        }
                        batches += 1
                        if batches % 5 == 0 {
                            let retry = try log.append(batch: batch)
                            if !retry.allSatisfy(\.wasDuplicate) { failures.withLock { $0.append("a repeated batch was stored again") } }
                        }
                        let ids = parts.flatMap { $0.events.map(\.id) }
                        appended.withLock { $0.formUnion(ids) }
                        written += ids.count
                    }
                } catch {
                    failures.withLock { $0.append(String(reflecting: error)) }
                }
            }
            #expect(failures.withLock { $0 } == [])
            let watchdog = Task.detached {
                try await Task.sleep(for: .seconds(120))
                reader.cancel()
            }
            let seen = try await reader.value
            watchdog.cancel()

            #expect(seen.count == total)
            #expect(zip(seen, seen.dropFirst()).allSatisfy { $0.position < $1.position })
            #expect(Set(seen.map(\.id)) == appended.withLock { $0 })
            #expect(Set(seen.map(\.id)).count == seen.count)
            for (_, events) in Dictionary(grouping: seen, by: \.streamID) {
                #expect(events.map(\.version) == Array(1...Int64(events.count)))
            }
            #expect(try log.headPosition() == seen.last?.position)
        }
    }
}
