/// A problem in a gazetteer file, naming the file and the 1-based line.
///
/// Example description: `actors.tsv:12: unknown kind "planet" (expected one of person, country, …)`.
public struct GazetteerError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file (or other source) the gazetteer came from.
    public var source: String
    /// 1-based line number; 0 when the problem is not tied to a line.
    public var line: Int
    public var message: String

    public init(source: String, line: Int, message: String) {
        self.source = source
        self.line = line
        self.message = message
    }

    public var description: String {
        line > 0 ? "\(source):\(line): \(message)" : "\(source): \(message)"
    }
}
