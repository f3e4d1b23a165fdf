/// Short forms written before their full name: a headline or lead that says `यादव` or `तहलियानी`
/// before the article names `रमेश यादव` or `न्यायाधीश तहलियानी`. The scan reads left to right, so
/// those words are resolved once the whole article is read.
///
/// Example: in `यादव को जमानत मिली। आरोपी रमेश यादव को पुलिस ने पकड़ा था।` the first `यादव` becomes
/// `रमेश यादव` (`.shortForm(of: "रमेश यादव")`).
extension MentionScanner {
    mutating func resolveEarlierShortForms() {
        var covered = [Bool](repeating: false, count: tokens.count)
        var firstUse: [ArticleMemory.Target: Int] = [:]
        for mention in mentions {
            markCovered(mention.scalarRange, in: &covered)
        }
        for place in places {
            markCovered(place.scalarRange, in: &covered)
        }
        var added: [ActorMention] = []
        for (position, token) in tokens.enumerated() where !covered[position] {
            guard token.isDevanagari, ArticleMemory.canStandAlone(token),
                  token.flags.isDisjoint(with: [.notName, .roleStart, .caseMarker, .honorific]), !isListedPlace(at: position),
                  gazetteerMatch(at: position) == nil, !thingNames.contains(token.key),
                  let (target, fullName) = memory.reference(of: token.key) else { continue }
            if firstUse[target] == nil {
                firstUse[target] = mentions.first { self.target(of: $0) == target }?.scalarRange.lowerBound ?? -1
            }
            // Only words before the name's first use: later ones the scan has already read.
            guard let first = firstUse[target], token.scalarStart < first else { continue }
            added.append(mention(of: target, surface: cleanSurface(token), scalarRange: token.scalarStart..<token.scalarEnd,
                                 range: token.start..<token.end, evidence: .shortForm(of: fullName)))
        }
        guard !added.isEmpty else { return }
        mentions = (mentions + added).sorted { $0.scalarRange.lowerBound < $1.scalarRange.lowerBound }
    }

    private func markCovered(_ range: Range<Int>, in covered: inout [Bool]) {
        var position = Self.firstToken(endingAfter: range.lowerBound, in: tokens)
        while position < tokens.count, tokens[position].scalarStart < range.upperBound {
            covered[position] = true
            position += 1
        }
    }

    private func target(of mention: ActorMention) -> ArticleMemory.Target? {
        if let id = mention.actorID, let position = actors.firstIndex(where: { $0.id == id }) { return .actor(position) }
        guard mention.actorID == nil else { return nil }
        return .provisional(name: mention.name, kind: mention.kind)
    }
}
