/// Gazetteer names keyed by their first folded word, longest first, for linear-time matching.
struct AliasIndex: Sendable {
    struct Claim: Sendable, Hashable {
        /// Position of the actor in the gazetteer.
        var actor: Int
        /// The name as written in the gazetteer.
        var alias: String
    }

    struct Entry: Sendable {
        var keys: [NameKey]
        /// One claim per actor; more than one means the name is ambiguous.
        var claims: [Claim]
        var isAmbiguous: Bool { claims.count > 1 }
    }

    private let byFirstKey: [NameKey: [Entry]]
    private let byJoinedKey: [String: Entry]
    private let kinds: [ActorKind]
    /// The words of each actor's canonical name, tokenized once (short forms and demonyms read them).
    private let canonicalTokens: [[TextToken]]

    init(actors: [Actor]) {
        var joined: [String: Entry] = [:]
        var order: [String] = []
        for (position, actor) in actors.enumerated() {
            for name in actor.allNames {
                let keys = Tokenizer.keys(of: name)
                guard !keys.isEmpty else { continue }
                let key = keys.map(\.string).joined(separator: " ")
                if var entry = joined[key] {
                    if !entry.claims.contains(where: { $0.actor == position }) {
                        entry.claims.append(Claim(actor: position, alias: name))
                        joined[key] = entry
                    }
                } else {
                    joined[key] = Entry(keys: keys, claims: [Claim(actor: position, alias: name)])
                    order.append(key)
                }
            }
        }
        var first: [NameKey: [Entry]] = [:]
        for key in order {
            guard let entry = joined[key], let head = entry.keys.first else { continue }
            first[head, default: []].append(entry)
        }
        byFirstKey = first.mapValues { $0.sorted { $0.keys.count > $1.keys.count } }
        byJoinedKey = joined
        kinds = actors.map(\.kind)
        canonicalTokens = actors.map { Tokenizer.tokens(in: $0.canonicalName) }
    }

    /// The words of the canonical name of the actor at `position`, e.g. `नरेंद्र`, `मोदी`.
    func nameTokens(ofActor position: Int) -> [TextToken] {
        canonicalTokens[position]
    }

    private static let pluralOblique: [UInt32] = [0x094B, 0x0902]

    /// A one-word country name or adjective in the plural oblique: `अमेरिकियों` → `अमेरिकी`,
    /// `भारतीयों` → `भारतीय`, `रूसियों` → `रूसी`. Only names of countries are inflected this way.
    func pluralDemonym(_ key: NameKey) -> Entry? {
        let count = key.scalarCount
        guard count > 3, key.ends(with: Self.pluralOblique) else { return nil }
        // `अमेरिकियों`: ि य before the ending stand for ी.
        let baseKey = count > 5 && key.scalarValue(at: count - 4) == 0x093F && key.scalarValue(at: count - 3) == 0x092F
            ? key.replacingLast(4, with: [0x0940]) : key.replacingLast(2, with: [])
        guard let entry = byFirstKey[baseKey]?.first(where: { $0.keys.count == 1 }),
              entry.claims.allSatisfy({ kinds[$0.actor] == .country })
        else { return nil }
        return entry
    }

    /// The longest gazetteer name starting at token `index` (words joined by spaces or hyphens only).
    func longestMatch(in tokens: [TextToken], at index: Int) -> Entry? {
        guard let candidates = byFirstKey[tokens[index].key] else { return nil }
        for entry in candidates where index + entry.keys.count <= tokens.count {
            var matches = true
            for offset in 1..<max(entry.keys.count, 1) {
                let token = tokens[index + offset]
                if token.hardBreakBefore || token.key != entry.keys[offset] {
                    matches = false
                    break
                }
            }
            if matches { return entry }
        }
        return nil
    }

    /// Whether any gazetteer name starts with this folded word.
    func startsName(_ key: NameKey) -> Bool {
        byFirstKey[key] != nil
    }

    /// The gazetteer name equal to a whole folded key (words joined by single spaces).
    func exact(_ joinedKey: String) -> Entry? {
        byJoinedKey[joinedKey]
    }

    /// Every folded name key with its claims (for name lookup).
    var allEntries: [String: Entry] { byJoinedKey }
}
