/// One left-to-right pass over an article's words (and its feed tags) producing mentions.
struct MentionScanner {
    struct Resolution {
        var target: ArticleMemory.Target
        var length: Int
        var evidence: Evidence
    }

    let actors: [Actor]
    let index: AliasIndex
    let roles: RoleIndex
    let text: String
    let tokens: [TextToken]
    let latinNames: LatinNames
    /// The tagger's names by the word where each starts, and the words inside them (none without a model).
    let modelSpans: SpansByWord
    /// The gazetteer's longest name starting at each word (one lookup per word, not one per question).
    let gazetteerMatches: [AliasIndex.Entry?]
    /// Answers of `articleSupports`, kept for the article.
    let supportCache = SupportCache()
    var memory = ArticleMemory()
    var mentions: [ActorMention] = []
    var tagMentions: [ActorMention] = []
    var places: [PlaceMention] = []
    /// Names the article gave to things, not people (`तूफान रीटा`): never actors in this article.
    var thingNames: Set<NameKey> = []
    /// The Indian state the article spoke of last (gazetteer position), for `राज्य सरकार` and `मुख्यमंत्री`.
    var contextState: Int?

    /// `focus`: the scalar ranges (sentences) whose actors are wanted; the tagger reads only those.
    /// Nil means the whole text. The rules still read all of it, for short forms and context.
    init(actors: [Actor], index: AliasIndex, roles: RoleIndex, tagger: EntityTagger?, text: String,
         focus: [Range<Int>]? = nil) {
        self.actors = actors
        self.index = index
        self.roles = roles
        self.text = text
        let tokens = Tokenizer.tokens(in: text)
        self.tokens = tokens
        self.latinNames = LatinNameFinder.names(in: text, tokens: tokens, index: index)
        let found: [EntitySpan]
        if let tagger, let focus {
            found = tagger.spans(tokens, in: text, ranges: Self.tokenRanges(of: focus, in: tokens))
        } else {
            found = tagger?.spans(tokens, in: text) ?? []
        }
        self.gazetteerMatches = tokens.indices.map { index.longestMatch(in: tokens, at: $0) }
        self.modelSpans = SpansByWord(found, wordCount: tokens.count)
    }

    // MARK: Text

    mutating func scanText() {
        var position = 0
        while position < tokens.count {
            if isPlainWord(at: position) {
                position += 1
                continue
            }
            if tokens[position].flags.contains(.roleStart), let (role, length) = roles.match(tokens, at: position),
               (gazetteerMatch(at: position)?.keys.count ?? 0) <= length,
               (institution(at: position)?.length ?? 0) <= length {
                let next = position + length
                if next < tokens.count, !tokens[next].hardBreakBefore,
                   let used = nameAfterRole(at: next, role: role.name) {
                    position = next + used
                } else if let name = nameAfterFormerRole(next), let used = nameAfterRole(at: name, role: role.name) {
                    // `सरकारी वकील रहे उज्ज्वल निकम`: the role the person held, then the name.
                    position = name + used
                } else {
                    officeHolder(role: role.name, at: position, length: length)
                    position = next
                }
                continue
            }
            if let found = institution(at: position) {
                if !describesName(found, at: position) { emitInstitution(found, at: position) }
                position += found.length
            } else if let skip = namedThing(at: position) {
                position += skip
            } else if let skip = demonym(at: position) {
                position += skip
            } else if let resolution = resolveKnown(at: position) {
                emit(resolution, at: position)
                position += resolution.length
            } else if let used = listedPlace(at: position) ?? locality(at: position) ?? initialledName(at: position)
                        ?? modelName(at: position)
                        ?? actingAcronym(at: position) {
                position += used
            } else {
                position += 1
            }
        }
    }

    /// A gazetteer name, a remembered full name, a repeated Latin name, or a short form starting at `position`.
    func resolveKnown(at position: Int, afterRole: Bool = false) -> Resolution? {
        let entry = gazetteerMatch(at: position) ?? index.pluralDemonym(tokens[position].key)
        let latin = latinNames.spot(at: position)
        if let remembered = memory.fullName(in: tokens, at: position),
           remembered.keys.count > (entry?.keys.count ?? 0), remembered.keys.count >= (latin?.length ?? 0) {
            return Resolution(target: remembered.target, length: remembered.keys.count, evidence: remembered.evidence)
        }
        if let latin, latin.length > (entry?.keys.count ?? 0) {
            return Resolution(target: .provisional(name: latin.name, kind: .person), length: latin.length,
                              evidence: latin.isShortForm ? .shortForm(of: latin.name) : .latinName(latin.name))
        }
        if let entry, !entry.isAmbiguous, let claim = entry.claims.first,
           entry.keys.count > 1 || ArticleMemory.canStandAlone(tokens[position]) {
            if entry.keys.count == 1, actors[claim.actor].kind == .person {
                if let (target, fullName) = memory.shortForm(tokens[position].key), target != .actor(claim.actor) {
                    return Resolution(target: target, length: 1, evidence: .shortForm(of: fullName))
                }
                if !afterRole, CommonNames.contains(tokens[position].key), !articleSupports(claim.actor) {
                    return Resolution(target: .provisional(name: cleanSurface(tokens[position]), kind: .person), length: 1,
                                      evidence: .unlinkedName(claim.alias))
                }
            }
            return Resolution(target: .actor(claim.actor), length: entry.keys.count,
                              evidence: .gazetteerAlias(claim.alias))
        }
        if ArticleMemory.canStandAlone(tokens[position]), !isListedPlace(at: position),
           let (target, fullName) = memory.shortForm(tokens[position].key) {
            return Resolution(target: target, length: 1, evidence: .shortForm(of: fullName))
        }
        return nil
    }

    /// Handles the name after a role word; returns how many tokens it used, or nil to scan on normally.
    mutating func nameAfterRole(at start: Int, role: String) -> Int? {
        if var resolution = resolveKnown(at: start, afterRole: true) {
            if case .actor(let position) = resolution.target, actors[position].kind != .person {
                return nil
            }
            switch resolution.evidence {
            case .shortForm, .gazetteerAliasAfterRole, .abbreviation, .officeHolder, .institution, .unlinkedName, .placeList,
                 .acronym, .locality, .initials: break
            case .gazetteerAlias(let alias): resolution.evidence = .gazetteerAliasAfterRole(alias: alias, role: role)
            case .feedTag, .rolePattern, .latinName, .model: resolution.evidence = .rolePattern(role: role)
            }
            if case .provisional(let name, nil) = resolution.target {
                // A role word shows that a name known only from a feed tag is a person.
                let person = ArticleMemory.Target.provisional(name: name, kind: .person)
                memory.retarget(resolution.target, to: person)
                resolution.target = person
            }
            emit(resolution, at: start)
            memory.rememberHolder(of: role, resolution.target)
            return resolution.length
        }
        if gazetteerMatch(at: start) != nil {
            return nil
        }
        // Initials before the name's word (`आर के मेहता`) are part of it and count for nothing;
        // before a gazetteer name (`मुख्यमंत्री एन <name>`) they join the known person.
        let initials = initialsRun(at: start)
        if initials > 0, gazetteerMatch(at: start + initials) != nil {
            return nameAfterRole(at: start + initials, role: role).map { $0 + initials }
        }
        var end = start + initials
        let limit = modelSpans[start].map { $0.type == .person ? min(max($0.tokens.count, 3), 4) : 3 } ?? 3
        while end < tokens.count, end - start - initials < limit {
            let token = tokens[end]
            if end > start, token.hardBreakBefore, !(tokens[end - 1].flags.contains(.initial) && joinedAsInitials(end - 1, end)) {
                break
            }
            // A gazetteer name inside the name ends it, unless it is a common surname (`राजेश गहलोत`).
            if end > start, let known = gazetteerMatch(at: end),
               known.keys.count > 1 || !CommonNames.contains(token.key) && !token.flags.contains(.surname) { break }
            guard isNameWord(token) else { break }
            end += 1
        }
        guard end > start else { return nil }
        let alias = aliasAfter(end)
        let name = tokens[start..<end].map { cleanSurface($0) }.joined(separator: " ")
        let target = ArticleMemory.Target.provisional(name: name, kind: .person)
        let keys = tokens[start..<end].map(\.key)
        // A one-word name (`न्यायाधीश तहलियानी`) is remembered too: the word alone means the person.
        memory.rememberFullName(keys, target: target, evidence: .rolePattern(role: role))
        emit(Resolution(target: target, length: end - start, evidence: .rolePattern(role: role)), at: start)
        memory.rememberHolder(of: role, target)
        if let alias {
            memory.rememberFullName([tokens[alias].key], target: target, evidence: .shortForm(of: name))
            return alias + 1 - start
        }
        return end - start
    }

    /// `रहे`/`रही` between a role and a name (`मंत्री रहे …`): the position of the name's first word.
    func nameAfterFormerRole(_ next: Int) -> Int? {
        guard next + 1 < tokens.count, Self.heldWords.contains(tokens[next].key), !tokens[next].hardBreakBefore,
              !tokens[next + 1].hardBreakBefore, isNameWord(tokens[next + 1]) || gazetteerMatch(at: next + 1) != nil
        else { return nil }
        return next + 1
    }

    private static let heldWords: Set<NameKey> = InstitutionWords.keys("रहे रही रहीं रहा")

    /// A word that may be part of a name found after a role word.
    func isNameWord(_ token: TextToken) -> Bool {
        guard token.isDevanagari, ArticleMemory.canStandAlone(token),
              token.flags.isDisjoint(with: [.roleStart, .notName, .governmentHead, .organizationHead]) else { return false }
        // Plural oblique forms (`शहरों`, `नेताओं`) are common nouns, not names; future forms
        // (`उतरेगी`, `करेगा`) are verbs.
        return !isPluralOblique(token) && !Self.futureEndings.contains { token.key.ends(with: $0) }
    }

    /// `ेंगे`, `ेंगी`, `ेगा`, `ेगी`: the endings of the future tense.
    private static let futureEndings: [[UInt32]] = [[0x0947, 0x0902, 0x0917, 0x0947], [0x0947, 0x0902, 0x0917, 0x0940],
                                                     [0x0947, 0x0917, 0x093E], [0x0947, 0x0917, 0x0940]]

    /// Whether a word ends in the plural oblique `ों`/`ओं` (`शहरों`, `नेताओं`): a common noun's form.
    func isPluralOblique(_ token: TextToken) -> Bool {
        token.key.ends(with: [0x094B, 0x0902]) || token.key.ends(with: [0x0913, 0x0902])
    }

    // MARK: Output

    mutating func emit(_ resolution: Resolution, at start: Int) {
        // A gazetteer person's initials written before the name the gazetteer knows are the name's too.
        var resolution = resolution, start = start
        if case .actor(let position) = resolution.target, actors[position].kind == .person,
           case let initials = initialsBefore(start), initials > 0 {
            start -= initials
            resolution.length += initials
        }
        let first = tokens[start]
        let last = tokens[start + resolution.length - 1]
        let surface = String(text.unicodeScalars[first.start..<last.end])
        if isCredit(at: start) { return }
        if case .actor(let position) = resolution.target, actors[position].kind.isLocation {
            if actors[position].kind == .state { contextState = position }
            if !actsAsLocation(position, after: start + resolution.length) {
                places.append(PlaceMention(actorID: actors[position].id, name: actors[position].canonicalName, surface: surface,
                                           scalarRange: first.scalarStart..<last.scalarEnd, range: first.start..<last.end,
                                           evidence: resolution.evidence))
                return
            }
        }
        // `राज्यसभा सांसद राकेश सिन्हा`: a body right before a role only says whose the office is.
        if case .actor(let position) = resolution.target, actors[position].kind == .body,
           start + resolution.length < tokens.count, !tokens[start + resolution.length].hardBreakBefore,
           tokens[start + resolution.length].flags.contains(.roleStart) {
            return
        }
        let result = mention(of: resolution.target, surface: surface, scalarRange: first.scalarStart..<last.scalarEnd,
                             range: first.start..<last.end, evidence: resolution.evidence)
        mentions.append(result)
        // The first and last words of a repeated Latin name are found by `LatinNameFinder`, which skips links.
        guard result.kind == .person, latinNames.spot(at: start) == nil else { return }
        let name = result.name
        memory.rememberShortForms(of: tokens[start..<start + resolution.length], target: resolution.target, fullName: name)
        if case .actor(let position) = resolution.target {
            memory.rememberShortForms(of: index.nameTokens(ofActor: position), target: resolution.target, fullName: name)
        }
    }

    func mention(of target: ArticleMemory.Target, surface: String, scalarRange: Range<Int>,
                         range: Range<String.Index>, evidence: Evidence) -> ActorMention {
        switch target {
        case .actor(let position):
            let actor = actors[position]
            return ActorMention(actorID: actor.id, name: actor.canonicalName, kind: actor.kind, surface: surface,
                                scalarRange: scalarRange, range: range, evidence: evidence)
        case .provisional(let name, let kind):
            return ActorMention(actorID: nil, name: name, kind: kind, surface: surface,
                                scalarRange: scalarRange, range: range, evidence: evidence)
        }
    }

    func name(of target: ArticleMemory.Target) -> String {
        switch target {
        case .actor(let position): actors[position].canonicalName
        case .provisional(let name, _): name
        }
    }

    /// A token's original text without zero-width joiners.
    func cleanSurface(_ token: TextToken) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars[token.start..<token.end] where !(0x200C...0x200D).contains(scalar.value) {
            scalars.append(scalar)
        }
        return String(scalars)
    }
}
