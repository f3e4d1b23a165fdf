/// Why an entry could not be explained.
public enum EntryExplainerError: Error, Equatable, CustomStringConvertible, CustomDebugStringConvertible {
    /// No timeline row, current or past, has this id.
    case unknownEntry(String)
    /// The timelines have rows for the entry, but its article stream holds no event that recorded it.
    case missingFromLog(entryID: String, stream: String)
    /// An event of the entry's article stream or of actor curation does not decode.
    case undecodable(position: Int64, type: String, reason: String)

    public var description: String {
        switch self {
        case .unknownEntry(let id):
            return "no timeline entry has the id '\(id)'"
        case .missingFromLog(let id, let stream):
            return "entry '\(id)' is in the timelines, but no event of its article stream \(stream) records it"
        case .undecodable(let position, let type, let reason):
            return "the event at log position \(position) (\(type)) does not decode: \(reason)"
        }
    }

    public var debugDescription: String { description }
}
