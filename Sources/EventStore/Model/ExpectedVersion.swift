/// What the caller believes about a stream before appending (optimistic concurrency).
/// Stream versions start at 1; a stream without events is at version 0.
public enum ExpectedVersion: Sendable, Equatable, CustomStringConvertible {
    /// Append whatever the current version is.
    case any
    /// The stream must not have any events yet.
    case noStream
    /// The stream's last event must have exactly this version.
    case exactly(Int64)

    /// The encoding understood by the `append_events` SQL function: nil, 0 or the version.
    var sqlValue: String? {
        switch self {
        case .any: return nil
        case .noStream: return "0"
        case .exactly(let version): return String(version)
        }
    }

    public var description: String {
        switch self {
        case .any: return "any"
        case .noStream: return "no stream"
        case .exactly(let version): return "version \(version)"
        }
    }
}
