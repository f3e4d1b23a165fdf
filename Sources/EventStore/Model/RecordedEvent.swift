import Foundation

/// An event as stored in the log.
public struct RecordedEvent: Sendable, Equatable {
    /// Global position in the whole log (increasing in commit order; gaps are possible).
    public let position: Int64
    /// The stream the event belongs to, for example `actor:भारत`.
    public let streamID: String
    /// The event's version within its stream (1, 2, 3, ... without gaps).
    public let version: Int64
    /// The event id given at append time.
    public let id: UUID
    /// The event type name.
    public let type: String
    /// The payload as normalized JSON text.
    public let data: String
    /// The metadata as normalized JSON text, if any.
    public let metadata: String?
    /// When the appending transaction started (server clock).
    public let recordedAt: Date

    public init(
        position: Int64, streamID: String, version: Int64, id: UUID, type: String, data: String, metadata: String?,
        recordedAt: Date
    ) {
        self.position = position
        self.streamID = streamID
        self.version = version
        self.id = id
        self.type = type
        self.data = data
        self.metadata = metadata
        self.recordedAt = recordedAt
    }
}
