/// The tense of the clause an expression stands in.
public enum Tense: String, Sendable, Hashable, Codable {
    case past, future, present, none
}
