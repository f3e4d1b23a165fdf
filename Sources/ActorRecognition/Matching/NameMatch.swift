/// The result of looking up a name typed by a person.
public enum NameMatch: Sendable, Hashable {
    /// Exactly one actor has this name (canonical, Latin or alias), e.g. `भाजपा` → BJP.
    case exact(Actor)
    /// Several actors share this name (e.g. `किम`), or several are equally close to a misspelt name.
    case ambiguous([Actor])
    /// No exact name, but one actor is closest within the allowed edit distance, e.g. `लावरोफ` → Lavrov (1).
    case nearMiss(Actor, distance: Int)
    /// Nothing close enough; `suggestions` lists the nearest actors (possibly none).
    case none(suggestions: [Actor])
}
