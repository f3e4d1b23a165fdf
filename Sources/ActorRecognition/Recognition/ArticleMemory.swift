/// Names seen so far in one article, so that later short forms and repeats refer back to them.
struct ArticleMemory {
    /// Who a remembered name stands for. Provisional names compare by their bytes (they come from
    /// the article's own text), not through `String`'s Unicode normalization.
    enum Target: Hashable {
        case actor(Int)
        case provisional(name: String, kind: ActorKind?)

        static func == (lhs: Target, rhs: Target) -> Bool {
            switch (lhs, rhs) {
            case (.actor(let a), .actor(let b)): a == b
            case (.provisional(let a, let k), .provisional(let b, let l)): k == l && a.utf8.elementsEqual(b.utf8)
            default: false
            }
        }

        func hash(into hasher: inout Hasher) {
            switch self {
            case .actor(let position): hasher.combine(position)
            case .provisional(let name, let kind):
                hasher.combine(FeatureHash.of(name))
                hasher.combine(kind)
            }
        }
    }

    struct FullName {
        var keys: [NameKey]
        var target: Target
        var evidence: Evidence
    }

    private var fullNames: [NameKey: [FullName]] = [:]
    /// Who the article gave each role to (`एसएसपी अजय सिंह`), so that `एसएसपी ने` later means him.
    private var holders: [String: Target] = [:]

    mutating func rememberHolder(of role: String, _ target: Target) {
        holders[role] = target
    }

    func holder(of role: String) -> Target? {
        holders[role]
    }
    /// First or last word of a full name → what it refers to; nil when two different names share it.
    private var shortForms: [NameKey: (target: Target, fullName: String)?] = [:]

    /// Remembers a provisional full name so that its repeats map to the same provisional actor.
    mutating func rememberFullName(_ keys: [NameKey], target: Target, evidence: Evidence) {
        guard let first = keys.first else { return }
        var list = fullNames[first, default: []]
        guard !list.contains(where: { $0.keys == keys }) else { return }
        list.append(FullName(keys: keys, target: target, evidence: evidence))
        fullNames[first] = list.sorted { $0.keys.count > $1.keys.count }
    }

    /// Remembers the first and last word of a multi-word person name as short forms of it.
    /// The tokens must carry their `WordFlags` (honorific, role, initial).
    mutating func rememberShortForms(of tokens: some BidirectionalCollection<TextToken>, target: Target, fullName: String) {
        guard tokens.count > 1,
              let first = tokens.first(where: { !$0.flags.contains(.honorific) }),
              let last = tokens.last(where: { !$0.flags.contains(.honorific) }),
              first.scalarStart != last.scalarStart else { return }
        remember(first, target: target, fullName: fullName)
        remember(last, target: target, fullName: fullName)
    }

    private mutating func remember(_ token: TextToken, target: Target, fullName: String) {
        guard Self.canStandAlone(token), token.flags.isDisjoint(with: [.roleStart, .initial]) else { return }
        if let existing = shortForms[token.key] {
            if let known = existing, known.target != target {
                shortForms[token.key] = .some(nil)
            }
        } else {
            shortForms[token.key] = (target, fullName)
        }
    }

    /// Replaces a remembered target, e.g. when a role word shows that a provisional tag name is a person.
    mutating func retarget(_ old: Target, to new: Target) {
        for (key, names) in fullNames {
            fullNames[key] = names.map { name in
                var name = name
                if name.target == old { name.target = new }
                return name
            }
        }
        for (key, entry) in shortForms {
            if let known = entry, known.target == old {
                shortForms[key] = (new, known.fullName)
            }
        }
    }

    /// Whether a single word may be a name by itself: at least 2 letters, no digit, not a stop word.
    static func canStandAlone(_ token: TextToken) -> Bool {
        token.letters >= 2 && !token.hasDigit && !token.flags.contains(.stopWord)
    }

    /// The longest remembered full name starting at token `index`.
    func fullName(in tokens: [TextToken], at index: Int) -> FullName? {
        guard let candidates = fullNames[tokens[index].key] else { return nil }
        for name in candidates where index + name.keys.count <= tokens.count {
            var matches = true
            for offset in 1..<max(name.keys.count, 1) {
                let token = tokens[index + offset]
                if token.hardBreakBefore || token.key != name.keys[offset] {
                    matches = false
                    break
                }
            }
            if matches { return name }
        }
        return nil
    }

    /// What a single word stands for once the whole article is read: a one-word name given after a
    /// role (`न्यायाधीश तहलियानी`), or the first or last word of exactly one full name.
    func reference(of key: NameKey) -> (target: Target, fullName: String)? {
        if let single = fullNames[key]?.first(where: { $0.keys.count == 1 }),
           case .provisional(let name, _) = single.target {
            return (single.target, name)
        }
        return shortForm(key)
    }

    /// What a single word refers back to, if exactly one earlier full name used it.
    func shortForm(_ key: NameKey) -> (target: Target, fullName: String)? {
        shortForms[key] ?? nil
    }
}
