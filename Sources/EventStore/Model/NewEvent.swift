import Foundation

/// An event to append. `data` and `metadata` are JSON text; the log stores them as `jsonb`, so they
/// come back in PostgreSQL's normalized form (key order and spacing may differ, values do not).
///
/// ```swift
/// NewEvent(type: "DatedEventExtracted", data: #"{"text": "5 मार्च 2024 को चुनाव", "date": "2024-03-05"}"#)
/// ```
public struct NewEvent: Sendable, Equatable {
    /// Unique id; re-sending the same id makes a retried append idempotent.
    public let id: UUID
    /// The event type name, for example `DatedEventExtracted`.
    public let type: String
    /// The payload as JSON text (at most ``EventLog/maximumDataBytes`` UTF-8 bytes).
    public let data: String
    /// Optional JSON metadata (at most ``EventLog/maximumMetadataBytes`` UTF-8 bytes).
    public let metadata: String?

    public init(id: UUID = UUID(), type: String, data: String, metadata: String? = nil) {
        self.id = id
        self.type = type
        self.data = data
        self.metadata = metadata
    }
}
