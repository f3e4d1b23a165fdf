import EventStore
import Foundation
import Postgres

/// The individual runs of `timeline bench eventlog`. Runs that are compared with each other alternate
/// in rounds, so that a busy machine slows them alike.
struct EventLogBenchmark {
    static let plainName = "plain INSERT, 1 row per transaction"
    static let singleName = "append, 1 event per transaction"
    static let copyName = "COPY into same-shaped table"
    static func batchName(_ size: Int) -> String { "append(batch:), \(size) events per transaction" }

    struct Result {
        let name: String
        var events = 0
        var seconds = 0.0
        var rate: Double { Double(events) / seconds }
        var line: String {
            String(format: "%@ %8d events %7.2f s %9.0f events/s", name.padding(toLength: 46, withPad: " ", startingAt: 0), events, seconds, rate)
        }
    }

    let connection: PostgresConnection
    let payloads: [NewEvent]
    /// Event ids per run, made ahead of time: every run stores its own events.
    private let ids: [[UUID]]
    private var log: EventLog { EventLog(connection: connection) }

    init(connection: PostgresConnection, events: Int) {
        self.connection = connection
        self.payloads = (0..<events).map(BenchPayload.make)
        self.ids = (0..<5).map { _ in (0..<events).map { _ in UUID() } }
    }

    /// The payload at `index` with the id of run `run`.
    private func event(_ index: Int, run: Int) -> NewEvent {
        let payload = payloads[index]
        return NewEvent(id: ids[run][index], type: payload.type, data: payload.data, metadata: payload.metadata)
    }

    /// Tables shaped like `events` (columns, defaults, identity, constraints, indexes; no triggers).
    func prepareReferenceTables() throws {
        try connection.executeScript("""
            CREATE TABLE bench_plain (LIKE events INCLUDING ALL);
            CREATE TABLE bench_copy (LIKE events INCLUDING ALL);
            """)
    }

    /// Runs each body on consecutive slices of `0..<count`, alternating between them, `rounds` times.
    func alternate(_ count: Int, rounds: Int, _ runs: [(name: String, body: (Range<Int>) throws -> Void)]) throws -> [Result] {
        var results = runs.map { Result(name: $0.name) }
        let step = max(1, count / rounds)
        var start = 0
        while start < count {
            let range = start..<min(start + step, count)
            for (index, run) in runs.enumerated() {
                let began = ContinuousClock.now
                try run.body(range)
                let elapsed = ContinuousClock.now - began
                results[index].seconds += Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
                results[index].events += range.count
            }
            start = range.upperBound
        }
        return results
    }

    func plainInserts(_ range: Range<Int>) throws {
        for index in range {
            let event = event(index, run: 0)
            try connection.query(
                "INSERT INTO bench_plain (stream_id, version, event_id, event_type, data, metadata) VALUES ($1, $2, $3, $4, $5, $6)",
                [.text("actor:\(index / 10)"), .int(Int64(index % 10 + 1)), .uuid(event.id), .text(event.type),
                 .json(event.data), event.metadata.map(PostgresValue.json) ?? .null])
        }
    }

    func singleAppends(_ range: Range<Int>) throws {
        for index in range {
            try log.append(to: "single:\(index / 10)", [event(index, run: 1)], expected: .any)
        }
    }

    func copy(_ range: Range<Int>) throws {
        let rows = range.lazy.map { index -> [String?] in
            let event = event(index, run: 2)
            return ["actor:\(index / 10)", String(index % 10 + 1), event.id.uuidString, event.type, event.data, event.metadata]
        }
        _ = try connection.copyIn("COPY bench_copy (stream_id, version, event_id, event_type, data, metadata) FROM STDIN", rows: rows)
    }

    /// Batches of `batchSize` events spread over streams of 10 events each.
    func batchedAppends(_ range: Range<Int>, batchSize: Int) throws {
        let run = batchSize == 100 ? 3 : 4
        var start = range.lowerBound
        while start < range.upperBound {
            let end = min(start + batchSize, range.upperBound)
            var batch: [(stream: String, events: [NewEvent], expected: ExpectedVersion)] = []
            var streamStart = start
            while streamStart < end {
                let streamEnd = min(streamStart + 10, end)
                batch.append((stream: "batch\(batchSize):\(streamStart / 10)", events: (streamStart..<streamEnd).map { event($0, run: run) }, expected: .noStream))
                streamStart = streamEnd
            }
            try log.append(batch: batch)
            start = end
        }
    }
}
