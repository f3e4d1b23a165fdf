import EventStore
import Foundation
import Postgres

/// The individual runs of `timeline bench eventlog`.
struct EventLogBenchmark {
    static let plainName = "plain INSERT, 1 row per transaction"
    static let singleName = "append, 1 event per transaction"
    static let copyName = "COPY into same-shaped table"
    static func batchName(_ size: Int) -> String { "append(batch:), \(size) events per transaction" }

    struct Result {
        let name: String
        let events: Int
        let seconds: Double
        var rate: Double { Double(events) / seconds }
        var line: String { String(format: "%-46@ %8d events %7.2f s %10.0f events/s", name as NSString, events, seconds, rate) }
    }

    let connection: PostgresConnection
    private var log: EventLog { EventLog(connection: connection) }

    /// Tables shaped like `events` (columns, defaults, identity, constraints, indexes; no triggers).
    func prepareReferenceTables() throws {
        try connection.executeScript("""
            CREATE TABLE bench_plain (LIKE events INCLUDING ALL);
            CREATE TABLE bench_copy (LIKE events INCLUDING ALL);
            """)
    }

    private func measure(_ name: String, _ events: Int, _ body: () throws -> Void) rethrows -> Result {
        let start = ContinuousClock.now
        try body()
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return Result(name: name, events: events, seconds: seconds)
    }

    func plainInserts(_ count: Int) throws -> Result {
        let payloads = (0..<count).map(BenchPayload.make)
        return try measure(Self.plainName, count) {
            for (index, event) in payloads.enumerated() {
                try connection.query(
                    "INSERT INTO bench_plain (stream_id, version, event_id, event_type, data, metadata) VALUES ($1, $2, $3, $4, $5, $6)",
                    [.text("actor:\(index / 10)"), .int(Int64(index % 10 + 1)), .uuid(event.id), .text(event.type),
                     .json(event.data), event.metadata.map(PostgresValue.json) ?? .null])
            }
        }
    }

    func singleAppends(_ count: Int) throws -> Result {
        let payloads = (0..<count).map(BenchPayload.make)
        return try measure(Self.singleName, count) {
            for (index, event) in payloads.enumerated() {
                try log.append(to: "single:\(index / 10)", [event], expected: .any)
            }
        }
    }

    func copy(_ count: Int) throws -> Result {
        let payloads = (0..<count).map(BenchPayload.make)
        return try measure(Self.copyName, count) {
            let rows = payloads.enumerated().lazy.map { index, event -> [String?] in
                ["actor:\(index / 10)", String(index % 10 + 1), event.id.uuidString, event.type, event.data, event.metadata]
            }
            _ = try connection.copyIn("COPY bench_copy (stream_id, version, event_id, event_type, data, metadata) FROM STDIN", rows: rows)
        }
    }

    /// Batches of `batchSize` events spread over streams of 10 events each.
    func batchedAppends(_ count: Int, batchSize: Int) throws -> Result {
        let payloads = (0..<count).map(BenchPayload.make)
        return try measure(Self.batchName(batchSize), count) {
            var start = 0
            while start < count {
                let end = min(start + batchSize, count)
                var batch: [(stream: String, events: [NewEvent], expected: ExpectedVersion)] = []
                var streamStart = start
                while streamStart < end {
                    let streamEnd = min(streamStart + 10, end)
                    batch.append((stream: "batch\(batchSize):\(streamStart / 10)", events: Array(payloads[streamStart..<streamEnd]), expected: .noStream))
                    streamStart = streamEnd
                }
                try log.append(batch: batch)
                start = end
            }
        }
    }
}
