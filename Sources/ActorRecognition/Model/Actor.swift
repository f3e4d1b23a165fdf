/// One known actor: a person, country, party, organization, ...
///
/// Example (one line of `actors.tsv`):
/// `sergey-lavrov  person  सर्गेई लावरोव  Sergey Lavrov  लावरोव|Lavrov`
/// becomes `Actor(id: "sergey-lavrov", kind: .person, canonicalName: "सर्गेई लावरोव",
/// latinName: "Sergey Lavrov", aliases: ["लावरोव", "Lavrov"])`.
public struct Actor: Sendable, Hashable, Codable {
    /// Stable ASCII slug, e.g. `sergey-lavrov`.
    public var id: String
    public var kind: ActorKind
    /// Canonical name in Devanagari, e.g. `सर्गेई लावरोव`.
    public var canonicalName: String
    /// Canonical name in Latin script, e.g. `Sergey Lavrov`.
    public var latinName: String
    /// Other names: spelling variants, short forms, abbreviations, Latin-script aliases.
    /// The canonical and Latin names are always matched too and need not be repeated here.
    public var aliases: [String]

    public init(id: String, kind: ActorKind, canonicalName: String, latinName: String, aliases: [String] = []) {
        self.id = id
        self.kind = kind
        self.canonicalName = canonicalName
        self.latinName = latinName
        self.aliases = aliases
    }

    /// The canonical name, the Latin name and every alias, in that order.
    public var allNames: [String] {
        [canonicalName, latinName] + aliases
    }
}
