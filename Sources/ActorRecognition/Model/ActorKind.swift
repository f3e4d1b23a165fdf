/// What sort of actor a gazetteer entry or a mention is.
///
/// The gazetteer file uses the raw values in its `kind` column:
/// `person`, `country`, `state` (Indian states and union territories), `city`,
/// `party` (political parties), `organization` (agencies, companies, news agencies, armed groups)
/// and `body` (international and multilateral bodies such as संयुक्त राष्ट्र or नाटो).
public enum ActorKind: String, Sendable, Hashable, Codable, CaseIterable {
    case person
    case country
    case state
    case city
    case party
    case organization
    case body
}

extension ActorKind {
    /// Countries, states and cities: actors when they act (`भारत ने`), places when they only locate (`दिल्ली में`).
    public var isLocation: Bool { self == .country || self == .state || self == .city }
}
