/// One token's label in the BIO scheme: outside a name, beginning one, or inside one.
///
/// Example: `सुनील कुमार ने` is tagged `B-PER I-PER O`.
enum EntityTag: Int, Sendable, Hashable, CaseIterable {
    case outside = 0
    case beginPerson, insidePerson
    case beginOrganization, insideOrganization
    case beginLocation, insideLocation

    static let count = 7

    init(begin type: EntityType) {
        switch type {
        case .person: self = .beginPerson
        case .organization: self = .beginOrganization
        case .location: self = .beginLocation
        }
    }

    init(inside type: EntityType) {
        switch type {
        case .person: self = .insidePerson
        case .organization: self = .insideOrganization
        case .location: self = .insideLocation
        }
    }

    var type: EntityType? {
        switch self {
        case .outside: nil
        case .beginPerson, .insidePerson: .person
        case .beginOrganization, .insideOrganization: .organization
        case .beginLocation, .insideLocation: .location
        }
    }

    var isBegin: Bool { self == .beginPerson || self == .beginOrganization || self == .beginLocation }
    var isInside: Bool { self == .insidePerson || self == .insideOrganization || self == .insideLocation }

    /// Whether this tag may follow `previous`: an inside tag continues a name of its own type only.
    func mayFollow(_ previous: EntityTag) -> Bool {
        guard isInside else { return true }
        return previous.type == type
    }

    /// The IL-NER corpus label: `B-NEP`, `I-NEO`, ...; other types (time, number, ...) are outside.
    /// A malformed label such as `-NEL` counts as a beginning.
    init(corpusLabel label: Substring) {
        let parts = label.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
        let (prefix, name) = parts.count == 2 ? (parts[0], parts[1]) : ("B", label)
        let type: EntityType? = switch name {
        case "NEP": .person
        case "NEO": .organization
        case "NEL": .location
        default: nil
        }
        guard let type else { self = .outside; return }
        self = prefix == "I" ? EntityTag(inside: type) : EntityTag(begin: type)
    }
}
