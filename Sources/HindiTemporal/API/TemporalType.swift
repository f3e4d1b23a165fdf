/// The TIMEX3 type of an expression.
public enum TemporalType: String, Sendable, Hashable, Codable {
    case date = "DATE", time = "TIME", duration = "DURATION", set = "SET"
}
