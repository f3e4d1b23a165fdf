/// What a relative expression was resolved against.
public enum Anchor: Sendable, Hashable {
    /// The publication date (DCT).
    case publicationDate
    /// An earlier expression in the same text (its index in the result).
    case previousExpression(Int)
    /// The expression carries its own full date.
    case explicit

    /// `dct`, `explicit` or `expr:N`.
    public var label: String {
        switch self {
        case .publicationDate: return "dct"
        case .explicit: return "explicit"
        case .previousExpression(let i): return "expr:\(i)"
        }
    }
}
