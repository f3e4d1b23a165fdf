import ActorRecognition

/// What actor curation has decided so far: the fold of the `actor-curation` stream.
///
/// Keys are gazetteer ids (`sergey-lavrov`) or provisional keys (`provisional:राजेश वर्मा`). After
/// `ActorsMerged(provisional:राजेश वर्मा → rajesh-verma)`, `target(of: "provisional:राजेश वर्मा")`
/// is `rajesh-verma`; after `ActorRejected(provisional:प्रवक्ता)`, `target(of:)` that key is `nil`.
public struct ActorCuration: Sendable {
    /// The stream version folded so far (0: nothing curated).
    public private(set) var version: Int64 = 0
    /// Actors added by curation, in the order they were added.
    public private(set) var addedActors: [Actor] = []
    /// Names given by curation (renames, merge targets), by key.
    public private(set) var names: [String: String] = [:]
    /// Aliases given by curation, by actor id.
    public private(set) var extraAliases: [String: [String]] = [:]
    /// Keys that now mean another actor.
    public private(set) var redirects: [String: String] = [:]
    /// Keys that are not actors.
    public private(set) var rejected: Set<String> = []

    public init() {}

    /// The fold of `events`, in order.
    public init(_ events: [ActorCurationEvent]) {
        for event in events { apply(event) }
    }

    /// Takes one more event into account.
    public mutating func apply(_ event: ActorCurationEvent) {
        version += 1
        for (from, to) in Self.redirections(of: event) where from != to { redirects[from] = to }
        switch event {
        case .added(let p):
            let kind = ActorKind(rawValue: p.kind) ?? .person
            addedActors.removeAll { $0.id == p.actorID }
            addedActors.append(Actor(id: p.actorID, kind: kind, canonicalName: p.name, latinName: p.latinName, aliases: p.aliases))
            names[p.actorID] = p.name
            rejected.remove(p.actorID)
            redirects[p.actorID] = nil
        case .aliasAdded(let p):
            extraAliases[p.actorID, default: []].append(p.alias)
        case .merged(let p):
            if p.targetID.hasPrefix(ActorReference.provisionalPrefix) { names[p.targetID] = names[p.targetID] ?? p.targetName }
            if !p.sourceName.isEmpty { extraAliases[p.targetID, default: []].append(p.sourceName) }
        case .renamed(let p):
            names[p.actorID] = p.name
            extraAliases[p.actorID, default: []].append(p.oldName)
        case .rejected(let p):
            rejected.insert(p.actorID)
        }
    }

    /// The keys whose entries an event moves to another actor: (from, to).
    /// "वांग यी" added with alias "वांग" moves `provisional:वांग यी` and `provisional:वांग`.
    public static func redirections(of event: ActorCurationEvent) -> [(from: String, to: String)] {
        switch event {
        case .added(let p):
            var seen: Set<String> = []
            return ([p.name, p.latinName] + p.aliases).filter { !$0.isEmpty }
                .map { ActorReference.provisionalKey(for: $0) }
                .filter { seen.insert($0).inserted }
                .map { ($0, p.actorID) }
        case .aliasAdded(let p):
            return [(ActorReference.provisionalKey(for: p.alias), p.actorID)]
        case .merged(let p):
            return [(p.sourceID, p.targetID)]
        case .renamed, .rejected:
            return []
        }
    }

    /// The actor `key` stands for now, following merges; `nil` when it (or where it leads) was rejected.
    public func target(of key: String) -> String? {
        var current = key
        var steps = 0
        while let next = redirects[current], steps < 32 {
            if rejected.contains(current) { return nil }
            current = next
            steps += 1
        }
        return rejected.contains(current) ? nil : current
    }

    /// A dated event's actors as curation now sees them: merged actors under their target (once),
    /// rejected ones left out, names as curated. `directory` gives names and kinds of gazetteer ids.
    public func resolve(_ actors: [DatedEntry.ActorRef], directory: ActorDirectory) -> [DatedEntry.ActorRef] {
        guard version > 0 else { return actors }
        var seen: Set<String> = []
        var out: [DatedEntry.ActorRef] = []
        for actor in actors {
            guard let key = target(of: actor.key), seen.insert(key).inserted else { continue }
            var resolved = actor
            if key != actor.key || names[key] != nil {
                let known = directory[key]
                resolved.key = key
                resolved.name = names[key] ?? known?.name ?? actor.name
                resolved.kind = known?.kind ?? addedActors.first { $0.id == key }?.kind.rawValue ?? actor.kind
                resolved.provisional = key.hasPrefix(ActorReference.provisionalPrefix)
            }
            out.append(resolved)
        }
        return out
    }

    /// Name and kind of `key` as curation and `directory` know them.
    public func describe(_ key: String, directory: ActorDirectory) -> ActorDirectory.Item? {
        if let actor = addedActors.first(where: { $0.id == key }) {
            return .init(name: names[key] ?? actor.canonicalName, kind: actor.kind.rawValue)
        }
        if let known = directory[key] { return .init(name: names[key] ?? known.name, kind: known.kind) }
        if let name = names[key] { return .init(name: name, kind: ActorKind.person.rawValue) }
        return nil
    }
}
