/// Resolves a name typed on the command line to an actor.
///
/// Accepts any canonical name, Latin name or alias, in Devanagari or Latin, with or without nukta,
/// Latin case-insensitively. Examples with the bundled gazetteer: `"BJP"` → `.exact(भाजपा)`,
/// `"ज़ेलेंस्की"` → `.exact(वोलोदिमीर ज़ेलेंस्की)`, `"लावरोफ"` → `.nearMiss(सर्गेई लावरोव, distance: 1)`,
/// `"किम"` → `.ambiguous([किम जोंग उन, किम यो जोंग, ...])`.
public struct ActorNameMatcher: Sendable {
    private struct Name: Sendable {
        var scalars: [Unicode.Scalar]
        var actors: [Int]
    }

    private let actors: [Actor]
    private let byKey: [String: [Int]]
    private let names: [Name]

    public init(gazetteer: Gazetteer) {
        self.init(actors: gazetteer.actors)
    }

    /// Also takes actors that are not in the gazetteer file (for example provisional ones stored later);
    /// pass `gazetteer.actors + extra`.
    public init(actors: [Actor]) {
        self.actors = actors
        var table: [String: [Int]] = [:]
        for (position, actor) in actors.enumerated() {
            for name in actor.allNames {
                let key = Tokenizer.joinedKey(of: name)
                guard !key.isEmpty else { continue }
                if !table[key, default: []].contains(position) {
                    table[key, default: []].append(position)
                }
            }
        }
        byKey = table
        names = table.map { Name(scalars: Array($0.key.unicodeScalars), actors: $0.value) }
            .sorted { String(String.UnicodeScalarView($0.scalars)) < String(String.UnicodeScalarView($1.scalars)) }
    }

    /// Looks a name up: an exact name (after folding) first; otherwise the closest name within
    /// edit distance 1 (queries of 3–4 letters) or 2 (longer queries); otherwise up to five
    /// suggestions, each differing in at most a third of the query's letters (at least the near-miss limit).
    /// Example: `resolve("Lavrof")` → `.nearMiss(सर्गेई लावरोव, distance: 1)`.
    public func resolve(_ query: String) -> NameMatch {
        let key = Tokenizer.joinedKey(of: query)
        guard !key.isEmpty else { return .none(suggestions: []) }
        if let found = byKey[key] {
            return found.count == 1 ? .exact(actors[found[0]]) : .ambiguous(found.map { actors[$0] })
        }
        let scalars = Array(key.unicodeScalars)
        let allowed = scalars.count <= 2 ? 0 : (scalars.count <= 4 ? 1 : 2)
        // Suggestions must resemble the query: at most a third of its letters differ ("Nobody" suggests nothing).
        let suggestionLimit = max(allowed, min(4, scalars.count / 3))
        var best: [Int: Int] = [:]
        for name in names {
            guard let distance = EditDistance.between(scalars, name.scalars, limit: suggestionLimit) else { continue }
            for actor in name.actors where distance < best[actor, default: .max] {
                best[actor] = distance
            }
        }
        let ranked = best.sorted { $0.value != $1.value ? $0.value < $1.value : $0.key < $1.key }
        if let top = ranked.first, top.value <= allowed {
            let tied = ranked.filter { $0.value == top.value }
            if tied.count == 1 { return .nearMiss(actors[top.key], distance: top.value) }
            return .ambiguous(tied.map { actors[$0.key] })
        }
        return .none(suggestions: ranked.prefix(5).map { actors[$0.key] })
    }
}
