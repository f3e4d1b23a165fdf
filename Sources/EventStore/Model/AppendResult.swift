/// The outcome of appending to one stream.
public struct AppendResult: Sendable, Equatable {
    /// The stream's version after the append (its last event's version).
    public let lastVersion: Int64
    /// Global positions of the appended events, in order.
    public let positions: [Int64]
    /// True when every event id was already stored with the same content: nothing new was written.
    public let wasDuplicate: Bool

    public init(lastVersion: Int64, positions: [Int64], wasDuplicate: Bool) {
        self.lastVersion = lastVersion
        self.positions = positions
        self.wasDuplicate = wasDuplicate
    }
}
