import Foundation
import Postgres

/// Validates an append and turns it into the parameters of `append_events(...)`; maps its errors back.
struct AppendRequest {
    /// Parameters of `append_events`.
    let values: [PostgresValue]

    /// Parameters of `append_stream` (valid for a single-entry request).
    var singleStreamValues: [PostgresValue] {
        guard case .array(let streams) = values[0], let stream = streams.first ?? nil,
              case .array(let expected) = values[1] else { return [] }
        return [.text(stream), expected.first.flatMap { $0 }.map { .text($0) } ?? .null, values[3], values[4], values[5], values[6]]
    }

    init(_ batch: [(stream: String, events: [NewEvent], expected: ExpectedVersion)]) throws {
        var streams: [String?] = [], expected: [String?] = [], counts: [String?] = []
        var ids: [String?] = [], types: [String?] = [], data: [String?] = [], metadata: [String?] = []
        var seen = Set<UUID>()
        var flatIndex = 0
        for entry in batch {
            try Self.validateStream(entry.stream)
            streams.append(entry.stream)
            expected.append(entry.expected.sqlValue)
            counts.append(String(entry.events.count))
            for event in entry.events {
                try Self.validate(event, index: flatIndex)
                guard seen.insert(event.id).inserted else { throw EventLogError(.duplicateEventID(event.id)) }
                ids.append(event.id.uuidString)
                types.append(event.type)
                data.append(event.data)
                metadata.append(event.metadata)
                flatIndex += 1
            }
        }
        values = [.array(streams), .array(expected), .array(counts), .array(ids), .array(types), .array(data), .array(metadata)]
    }

    static func validateStream(_ stream: String) throws {
        if stream.isEmpty { throw EventLogError(.invalidStreamID(reason: "the stream id is empty")) }
        if stream.utf8.contains(0) { throw EventLogError(.nulByte(field: "stream id")) }
        let size = stream.utf8.count
        if size > EventLog.maximumStreamIDBytes {
            throw EventLogError(.invalidStreamID(reason: "the stream id is \(size) bytes; at most \(EventLog.maximumStreamIDBytes) are allowed"))
        }
    }

    static func validate(_ event: NewEvent, index: Int) throws {
        if event.type.isEmpty { throw EventLogError(.invalidEventType(index: index)) }
        if event.type.utf8.contains(0) { throw EventLogError(.nulByte(field: "events[\(index)].type")) }
        try checkJSON(event.data, field: "events[\(index)].data", limit: EventLog.maximumDataBytes)
        if let metadata = event.metadata {
            try checkJSON(metadata, field: "events[\(index)].metadata", limit: EventLog.maximumMetadataBytes)
        }
    }

    /// Size, NUL and emptiness checks; full JSON syntax is checked by PostgreSQL's `jsonb` input.
    static func checkJSON(_ text: String, field: String, limit: Int) throws {
        let size = text.utf8.count
        if size > limit { throw EventLogError(.payloadTooLarge(field: field, size: size, limit: limit)) }
        if text.utf8.contains(0) { throw EventLogError(.nulByte(field: field)) }
        if text.allSatisfy(\.isWhitespace) { throw EventLogError(.invalidJSON(field: field)) }
    }

    /// Maps a failure of `append_events` to an ``EventLogError`` that names the stream or field.
    static func translate(_ error: PostgresError, batch: [(stream: String, events: [NewEvent], expected: ExpectedVersion)]) -> EventLogError {
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
    static func locateInvalidJSON(_ batch: [(stream: String, events: [NewEvent], expected: ExpectedVersion)]) -> String? {
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
