import ActorRecognition

extension ActorCuration {
    /// The gazetteer with curation applied: added actors in, rejected and merged-away actors out
    /// (a merged actor's names become aliases of its target), curated names and aliases on.
    /// Its `revision` differs from the base's as soon as curation changed anything.
    ///
    /// After `timeline actors alias लावरोव "लावरॉव"` the result recognizes "लावरॉव" as Sergey Lavrov.
    public func applied(to gazetteer: Gazetteer) -> Gazetteer {
        guard version > 0 else { return gazetteer }
        let baseIDs = Set(gazetteer.actors.map(\.id))
        let all = gazetteer.actors + addedActors.filter { !baseIDs.contains($0.id) }
        var movedNames: [String: [String]] = [:]
        var kept: [Actor] = []
        for actor in all {
            guard let target = target(of: actor.id) else { continue }
            if target != actor.id {
                movedNames[target, default: []] += actor.allNames.filter { !$0.isEmpty }
            } else {
                kept.append(actor)
            }
        }
        return Gazetteer(actors: kept.map { actor in
            var actor = actor
            if let name = names[actor.id], name != actor.canonicalName {
                actor.aliases.append(actor.canonicalName)
                actor.canonicalName = name
            }
            var seen = Set([actor.canonicalName, actor.latinName])
            actor.aliases = (actor.aliases + extraAliases[actor.id, default: []] + movedNames[actor.id, default: []])
                .filter { !$0.isEmpty && seen.insert($0).inserted }
            return actor
        })
    }
}
