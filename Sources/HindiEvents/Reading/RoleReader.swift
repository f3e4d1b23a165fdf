/// Gives each actor of the event's clause a role from the words after it.
///
/// - source: `ने`; `द्वारा`, `की ओर से`, `की तरफ से` (agent of a passive); a genitive right before
///   an event noun of acting (`लावरोव की किम से मुलाकात`: Lavrov); else the first actor of the
///   clause with no case marker, before the trigger (`मंत्री शनिवार को दिल्ली पहुंचे`).
/// - target: `को`, `से`, `पर`, `के साथ`, `के खिलाफ`, `के विरुद्ध`, `से मुलाकात`; a genitive before
///   an event noun of being acted upon (`आरोपी की गिरफ्तारी`).
/// - the role of the noun it owns: a genitive before a marked noun (`जापान के अधिकारियों से
///   बातचीत`: Japan is the target, `मंत्रालय के प्रवक्ता ने`: the ministry the source).
/// - other: actors in another clause (the speaker when the date is inside reported speech),
///   `के अनुसार` sources, genitives of other nouns.
/// Actors joined by `और`, `एवं`, `तथा` or a comma share the role of the last of them
/// (`भारत और चीन ने` → both sources).
struct RoleReader {
    let words: SentenceWords
    let clauses: ClauseMap
    let lexicon: PredicateLexicon

    func roles(of actors: [Range<Int>], trigger: TriggerCandidate?, dateWords: Range<Int>) -> [(role: ActorRole, marker: String)] {
        let anchor = trigger?.words ?? dateWords
        let clause = clauses.clause(of: anchor.lowerBound)
        let starts = actors.filter { !$0.isEmpty }.map(\.lowerBound)
        var result = actors.map { actor -> (role: ActorRole, marker: String) in
            guard !actor.isEmpty, clause.contains(actor.lowerBound) else { return (.other, "") }
            return marked(actor, trigger: trigger, actorStarts: starts, dateWords: dateWords)
        }
        // Coordination: an actor followed by `और` and another actor takes that one's role.
        let order = actors.indices.filter { !actors[$0].isEmpty }.sorted { actors[$0].lowerBound > actors[$1].lowerBound }
        for (position, index) in order.enumerated() where position > 0 {
            let next = order[position - 1]
            if isCoordinated(actors[index], with: actors[next]), result[index].role == .other || result[index].marker == "subject" {
                result[index] = result[next]
            }
        }
        // The clause's subject: the first unmarked actor before the trigger, when nothing else acts.
        if !result.contains(where: { $0.role == .source }) {
            let subjects = actors.indices.filter { result[$0].marker == "subject" }
            if let first = subjects.min(by: { actors[$0].lowerBound < actors[$1].lowerBound }) {
                for index in subjects where index == first || isCoordinated(actors[index], with: actors[first]) {
                    result[index] = (.source, "subject")
                }
            }
        }
        return result.map { $0.marker == "subject" && $0.role != .source ? (.other, "") : $0 }
    }

    /// The role the words after one actor give it; `subject` (role other for now) for none.
    private func marked(_ actor: Range<Int>, trigger: TriggerCandidate?, actorStarts: [Int],
                        dateWords: Range<Int>) -> (role: ActorRole, marker: String) {
        var i = actor.upperBound
        if words.key(i) == Particles.ji { i += 1 }  // honorific
        let first = words.key(i), second = words.key(i + 1), third = words.key(i + 2)
        var firstText: String { words.text(of: i..<min(i + 1, words.count)) }
        let separated = i < words.count && words[i].breakBefore != .none
        if separated { return (.other, "") }
        switch first {
        case Particles.ne, Particles.dvaaraa: return (.source, firstText)
        case Particles.ko, Particles.par: return (.target, firstText)
        case Particles.se:
            return Self.receivedFrom.contains(second) ? (.other, "") : (.target, firstText)
        case Particles.kii, Particles.ke, Particles.kaa:
            if (second == Particles.or || second == Particles.taraf) && third == Particles.se { return (.source, words.text(of: i..<(i + 3))) }
            if Self.alongsideOrAgainst.contains(second) { return (.target, words.text(of: i..<(i + 2))) }
            // `जापान के अधिकारियों से बातचीत`: the owner of a marked noun shares its role.
            if !actorStarts.contains(i + 1), !dateWords.contains(i + 1), trigger.map({ $0.words.lowerBound != i + 1 }) ?? true,
               words[i + 1].breakBefore == .none, words[i + 2].breakBefore == .none,
               let role = Self.caseRoles[third] {
                return (role, words.text(of: i..<(i + 3)))
            }
            if let trigger, ownsEvent(genitiveAt: i, trigger: trigger) {
                return (Self.genitiveRole(of: trigger.entry), "of \(words.text(of: trigger.words))")
            }
            // `एसोसिएशन का प्रतिनिधिमंडल … से मिला`: the owner of the clause's unmarked subject.
            if let trigger, actor.upperBound < trigger.words.lowerBound, i + 2 < trigger.words.lowerBound,
               words[i + 1].breakBefore == .none, words[i + 2].breakBefore == .none,
               !candidates(contain: i + 1), !FunctionWords.postpositions.contains(third), !Self.directions.contains(second) {
                return (.other, "subject")
            }
            return (.other, "")
        default:
            // Without a trigger the verb is at the clause's end (`लावरोव अगले महीने बीजिंग जाएंगे`).
            let verb = trigger?.words.lowerBound ?? clauses.clause(of: actor.lowerBound).upperBound
            guard actor.upperBound <= verb else { return (.other, "") }
            if FunctionWords.postpositions.contains(first) { return (.other, "") }
            return (.other, "subject")
        }
    }

    /// Whether word `i` is part of a lexicon predicate.
    private func candidates(contain i: Int) -> Bool {
        lexicon.match({ words.key($0) }, at: i) != nil
    }

    /// Whether the words between two actors are a coordinating `और`, `एवं`, `तथा` or a comma.
    private func isCoordinated(_ actor: Range<Int>, with next: Range<Int>) -> Bool {
        guard actor.upperBound <= next.lowerBound else { return false }
        let gap = actor.upperBound..<next.lowerBound
        if gap.isEmpty { return words[next.lowerBound].breakBefore == .comma }
        return gap.count == 1 && FunctionWords.coordinators.contains(words.key(gap.lowerBound))
    }

    /// The roles that case markers give the noun before them.
    static let caseRoles = WordTable<ActorRole>(["ने": .source, "द्वारा": .source, "को": .target, "से": .target, "पर": .target] as [WordKey: ActorRole])

    /// `से मिली`, `से प्राप्त`: where something came from, not who was acted upon.
    static let receivedFrom = FunctionWords.words("मिली प्राप्त")
    /// `के साथ`, `के खिलाफ`: with or against.
    static let alongsideOrAgainst = FunctionWords.words("साथ खिलाफ विरुद्ध विरोध")
    /// `की ओर`, `की तरफ`, `के साथ` after a genitive: no noun of its own.
    static let directions = FunctionWords.words("साथ ओर तरफ")
    /// Case markers that end the phrase of an event noun's owner.
    static let phraseEnds = FunctionWords.words("ने पर में")

    /// What a genitive before an event noun is: the one who acts for meetings, statements, demands,
    /// threats and protests (`लावरोव की मुलाकात`, `किसानों का प्रदर्शन`), the one acted upon for
    /// praise, aid, inquiries, criticism, sanctions, arrests and attacks (`आरोपी की गिरफ्तारी`,
    /// `व्यापारी की हत्या`).
    static func genitiveRole(of entry: PredicateEntry) -> ActorRole {
        switch entry.cameo?.number ?? 0 {
        case 5, 6, 7, 9, 11, 16, 17, 18, 20: .target
        default: .source
        }
    }

    /// Whether the genitive at word `i` owns the trigger's event noun: the noun follows at once
    /// (`लावरोव की मुलाकात`), after a `से` or `के साथ` object and a participle (`लावरोव की किम से
    /// मुलाकात`, `रेखा सिन्हा की गुरुवार को प्रधानमंत्री से हुई मुलाकात`), or, for an act upon its
    /// owner, after the owned thing (`कंपनी की 48 करोड़ रुपये की संपत्ति जब्त`); within six words,
    /// with no `ने`, `पर` or `में` phrase between.
    private func ownsEvent(genitiveAt i: Int, trigger: TriggerCandidate) -> Bool {
        let start = trigger.words.lowerBound
        guard start > i, start <= i + 6 else { return false }
        if start == i + 1 { return true }
        if (i + 1..<start).contains(where: { Self.phraseEnds.contains(words.key($0)) || words[$0].breakBefore != .none }) {
            return false
        }
        if Self.genitiveRole(of: trigger.entry) == .target { return true }
        return (i + 1..<start).contains { words.key($0) == Particles.se || (words.key($0) == Particles.saath && words.key($0 - 1) == Particles.ke) }
    }
}
