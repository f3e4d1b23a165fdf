/// A predicate lexicon line that cannot be read: what is wrong and where.
public struct PredicateLexiconError: Error, Sendable, CustomStringConvertible {
    public let line: Int
    public let reason: String

    public var description: String { "predicate lexicon, line \(line): \(reason)" }
}
