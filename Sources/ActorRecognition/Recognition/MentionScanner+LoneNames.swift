/// A lone given name or surname the tagger found (or the gazetteer knew without support) refers to
/// the one full name of the article that begins or ends with it, wherever that full name stands:
/// `वर्मा ने कहा … राजेश वर्मा` gives `राजेश वर्मा` twice. Shared by two full names, it names no one.
extension MentionScanner {
    mutating func resolveLoneNames() {
        // Most articles have no lone name to resolve: then nothing below needs building.
        guard mentions.contains(where: isLoneCandidate) else { return }
        // Keys are NameKeys (hashed once, compared by bytes), not Strings (hashed through NFC).
        var owners: [NameKey: Set<NameKey>] = [:]
        var full: [NameKey: ActorMention] = [:]
        var wordsOfName: [NameKey: [NameKey]] = [:]
        for mention in mentions where mention.kind == .person {
            let name = NameKey(mention.name)
            let words = wordsOfName[name] ?? Tokenizer.keys(of: mention.name).filter { !StopWords.isHonorific($0) }
            wordsOfName[name] = words
            guard words.count > 1, let first = words.first, let last = words.last else { continue }
            let id = NameKey(mention.actorID ?? "provisional:" + words.map(\.string).joined(separator: " "))
            full[id] = full[id] ?? mention
            owners[first, default: []].insert(id)
            owners[last, default: []].insert(id)
        }
        guard !owners.isEmpty else { return }
        var kept: [ActorMention] = []
        for var mention in mentions {
            guard isLoneCandidate(mention),
                  let candidates = owners[NameKey(Tokenizer.joinedKey(of: mention.surface))] else {
                kept.append(mention)
                continue
            }
            guard candidates.count == 1, let id = candidates.first, let owner = full[id] else { continue }
            mention.actorID = owner.actorID
            mention.name = owner.name
            mention.evidence = .shortForm(of: owner.name)
            kept.append(mention)
        }
        mentions = kept
    }

    private func isLoneCandidate(_ mention: ActorMention) -> Bool {
        (mention.actorID == nil || isUnlinked(mention)) && mention.kind == .person && isLone(mention)
    }

    private func isLone(_ mention: ActorMention) -> Bool {
        switch mention.evidence {
        case .model, .unlinkedName: !mention.surface.contains(" ")
        default: false
        }
    }

    private func isUnlinked(_ mention: ActorMention) -> Bool {
        if case .unlinkedName = mention.evidence { return true }
        return false
    }
}
