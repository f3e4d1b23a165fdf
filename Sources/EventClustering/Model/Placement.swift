/// Where a mention went and why: founded a new event, joined one by the rule (with the match),
/// joined the original's event as a reprint, or was put there by a curator.
public struct Placement: Sendable, Equatable {
    public enum Reason: Sendable, Equatable {
        case founded
        case matched(ClusterMatch)
        case reprint(of: String, similarity: Double)
        case curated
    }

    public var eventID: String
    public var reason: Reason

    /// How the reason reads in `timeline explain`.
    public var text: String {
        switch reason {
        case .founded: return "first report"
        case .matched(let match): return match.reason
        case .reprint(let original, let similarity):
            return "reprint of \(original) (sentence similarity \(Decimals.two(similarity)))"
        case .curated: return "placed by a curator"
        }
    }

    /// A score for the join: the rule's, 1 for reprints and curated placement, 0 for a first report.
    public var score: Double {
        switch reason {
        case .founded: return 0
        case .matched(let match): return match.score
        case .reprint, .curated: return 1
        }
    }
}
