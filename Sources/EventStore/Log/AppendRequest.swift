import Foundation
import Postgres

/// A validated append and its parameters for the SQL functions that store it (`append_event` and
/// `append_batch` of `sql/050_fast_append.sql`, `append_events` of `sql/002_append_events.sql`);
/// maps their errors back to ``EventLogError``.
struct AppendRequest {
    typealias Entry = (stream: String, events: [NewEvent], expected: ExpectedVersion)

    let batch: [Entry]
    let eventCount: Int

    init(_ batch: [Entry]) throws {
        let total = batch.reduce(0) { $0 + $1.events.count }
        var seen = total > 1 ? Set<UUID>(minimumCapacity: total) : []
        var flatIndex = 0
        for entry in batch {
            try Self.validateStream(entry.stream)
            for event in entry.events {
                try Self.validate(event, index: flatIndex)
                guard seen.insert(event.id).inserted else { throw EventLogError(.duplicateEventID(event.id)) }
                flatIndex += 1
            }
        }
        guard flatIndex < Int(Int32.max) else {
            throw EventLogError(.payloadTooLarge(field: "events", size: flatIndex, limit: Int(Int32.max) - 1))
        }
        self.batch = batch
        self.eventCount = flatIndex
    }

    /// Whether `append_event` can store the request: one stream, one event.
    var isSingleEvent: Bool { batch.count == 1 && batch[0].events.count == 1 }

    /// Parameters of `append_event` (valid when ``isSingleEvent``).
    var singleEventValues: [PostgresValue] {
        let entry = batch[0], event = entry.events[0]
        return [.text(entry.stream), entry.expected.sqlValue.flatMap(Int64.init).map(PostgresValue.int) ?? .null,
                .uuid(event.id), .text(event.type), .json(event.data), event.metadata.map(PostgresValue.json) ?? .null]
    }

    /// Parameters of `append_batch` (binary arrays), and per entry the events that earlier entries of
    /// the same stream add before it.
    func batchValues() throws -> (values: [PostgresValue], prior: [Int64]) {
        var streams: [String?] = [], expected: [Int64?] = [], prior: [Int32?] = []
        streams.reserveCapacity(batch.count)
        expected.reserveCapacity(batch.count)
        prior.reserveCapacity(batch.count)
        var entries: [Int32?] = [], offsets: [Int32?] = [], ids: [UUID] = []
        var types: [String?] = [], data: [String?] = [], metadata: [String?] = []
        entries.reserveCapacity(eventCount)
        offsets.reserveCapacity(eventCount)
        ids.reserveCapacity(eventCount)
        types.reserveCapacity(eventCount)
        data.reserveCapacity(eventCount)
        metadata.reserveCapacity(eventCount)
        var added: [String: Int32] = [:]
        for (index, entry) in batch.enumerated() {
            let before = added[entry.stream, default: 0]
            streams.append(entry.stream)
            expected.append(entry.expected.sqlValue.flatMap(Int64.init))
            prior.append(before)
            var offset = before
            for event in entry.events {
                offset += 1
                entries.append(Int32(index + 1))
                offsets.append(offset)
                ids.append(event.id)
                types.append(event.type)
                data.append(event.data)
                metadata.append(event.metadata)
            }
            added[entry.stream] = offset
        }
        let values: [PostgresValue] = [
            .binaryArray(try .text(streams)), .binaryArray(.int64(expected)), .binaryArray(.int32(prior)),
            .binaryArray(.int32(entries)), .binaryArray(.int32(offsets)), .binaryArray(.uuid(ids)),
            .binaryArray(try .text(types)), .binaryArray(try .text(data)), .binaryArray(try .text(metadata)),
        ]
        return (values, prior.map { Int64($0 ?? 0) })
    }

    /// Parameters of `append_events`, with its check for stored event ids switched on.
    func generalValues() -> [PostgresValue] {
        var streams: [String?] = [], expected: [String?] = [], counts: [String?] = []
        var ids: [String?] = [], types: [String?] = [], data: [String?] = [], metadata: [String?] = []
        for entry in batch {
            streams.append(entry.stream)
            expected.append(entry.expected.sqlValue)
            counts.append(String(entry.events.count))
            for event in entry.events {
                ids.append(event.id.uuidString)
                types.append(event.type)
                data.append(event.data)
                metadata.append(event.metadata)
            }
        }
        return [.array(streams), .array(expected), .array(counts), .array(ids), .array(types), .array(data), .array(metadata), .bool(true)]
    }

    static func validateStream(_ stream: String) throws {
        if stream.isEmpty { throw EventLogError(.invalidStreamID(reason: "the stream id is empty")) }
        if containsNUL(stream) { throw EventLogError(.nulByte(field: "stream id")) }
        let size = stream.utf8.count
        if size > EventLog.maximumStreamIDBytes {
            throw EventLogError(.invalidStreamID(reason: "the stream id is \(size) bytes; at most \(EventLog.maximumStreamIDBytes) are allowed"))
        }
    }

    static func validate(_ event: NewEvent, index: Int) throws {
        if event.type.isEmpty { throw EventLogError(.invalidEventType(index: index)) }
        if containsNUL(event.type) { throw EventLogError(.nulByte(field: "events[\(index)].type")) }
        try checkJSON(event.data, field: "events[\(index)].data", limit: EventLog.maximumDataBytes)
        if let metadata = event.metadata {
            try checkJSON(metadata, field: "events[\(index)].metadata", limit: EventLog.maximumMetadataBytes)
        }
    }

    /// Size, NUL and emptiness checks; full JSON syntax is checked once, by PostgreSQL's `jsonb` input.
    static func checkJSON(_ text: String, field: String, limit: Int) throws {
        let size = text.utf8.count
        if size > limit { throw EventLogError(.payloadTooLarge(field: field, size: size, limit: limit)) }
        if containsNUL(text) { throw EventLogError(.nulByte(field: field)) }
        if text.allSatisfy(\.isWhitespace) { throw EventLogError(.invalidJSON(field: field)) }
    }

    /// Whether `text` holds a NUL byte (scanned as contiguous UTF-8 when the string is stored so).
    static func containsNUL(_ text: String) -> Bool {
        if let found = text.utf8.withContiguousStorageIfAvailable({ buffer -> Bool in
            guard let base = buffer.baseAddress, !buffer.isEmpty else { return false }
            return memchr(base, 0, buffer.count) != nil
        }) {
            return found
        }
        return text.utf8.contains(0)
    }

    /// Maps a failure of an append function to an ``EventLogError`` that names the stream or field.
    static func translate(_ error: PostgresError, batch: [Entry]) -> EventLogError {
        let detail = Dictionary(
            (error.detail ?? "").split(separator: " ").compactMap { part -> (String, Int64)? in
                let pair = part.split(separator: "=")
                guard pair.count == 2, let value = Int64(pair[1]) else { return nil }
                return (String(pair[0]), value)
            }, uniquingKeysWith: { first, _ in first })
        let streamIndex = detail["stream_index"].map(Int.init).flatMap { batch.indices.contains($0) ? $0 : nil }
        switch error.sqlState {
        case "EL002":
            if let streamIndex, let actual = detail["actual_version"] {
                return EventLogError(.wrongExpectedVersion(stream: batch[streamIndex].stream, expected: batch[streamIndex].expected, actual: actual))
            }
        case "EL003":
            if let streamIndex { return EventLogError(.idempotencyMismatch(stream: batch[streamIndex].stream)) }
        case "22P02", "22P05", "22032":
            return EventLogError(.invalidJSON(field: locateInvalidJSON(batch) ?? "data or metadata of an event"))
        default:
            break
        }
        return EventLogError(.database, underlying: error)
    }

    /// Finds the first field PostgreSQL would reject (only on the error path, so the fast path skips it).
    static func locateInvalidJSON(_ batch: [Entry]) -> String? {
        func invalid(_ text: String) -> Bool {
            if text.contains("\\u0000") { return true }
            return (try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])) == nil
        }
        var index = 0
        for entry in batch {
            for event in entry.events {
                if invalid(event.data) { return "events[\(index)].data" }
                if let metadata = event.metadata, invalid(metadata) { return "events[\(index)].metadata" }
                index += 1
            }
        }
        return nil
    }
}
