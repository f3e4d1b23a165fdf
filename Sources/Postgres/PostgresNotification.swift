/// A message delivered by `NOTIFY channel, 'payload'` (or `pg_notify`) to a listening connection.
public struct PostgresNotification: Sendable, Equatable {
    /// The channel name.
    public let channel: String
    /// The payload text (may be empty).
    public let payload: String
    /// The server process id of the notifying session.
    public let senderPID: Int32

    public init(channel: String, payload: String, senderPID: Int32) {
        self.channel = channel
        self.payload = payload
        self.senderPID = senderPID
    }
}
