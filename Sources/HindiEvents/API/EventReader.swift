/// Reads what a Hindi news sentence says happened at one of its dates: the trigger word (from the
/// predicate lexicon), its CAMEO root and quad class, realis from the verb group, and source and
/// target from the case markers after each actor.
///
/// ```swift
/// let reader = EventReader()
/// let s = "लावरोव ने रविवार को किम से मुलाकात की।"
/// reader.read(s, date: 10..<16, actors: [0..<6, 20..<23])
/// // → trigger "मुलाकात" (04 consult, quad 1), actual, roles [.source, .target]
/// reader.read("रविवार को लावरोव की मुलाकात किम से होगी।", date: 0..<6, actors: [10..<16, 28..<31])
/// // → trigger "मुलाकात", planned (होगी), roles [.source, .target]
/// ```
///
/// Pure and linear in the sentence; holds no state between calls.
public struct EventReader: Sendable {
    let lexicon: PredicateLexicon

    /// The version of the reading rules and lexicon, recorded with every extraction so that
    /// `timeline reprocess` recomputes articles read by an older one.
    public static let version = "events/1.0"

    /// A reader with the shipped predicate lexicon.
    public init() {
        self.init(lexicon: .shipped)
    }

    public init(lexicon: PredicateLexicon) {
        self.lexicon = lexicon
    }

    /// Reads `sentence` for the event dated by the expression at `date` (Unicode scalar offsets
    /// into `sentence`). `actors` are the scalar ranges of the actor mentions of the sentence;
    /// `dateAfterPublication` says whether the date lies after the article's publication (an
    /// event dated in the future is planned unless the verb says otherwise).
    public func read(_ sentence: String, date: Range<Int>, actors: [Range<Int>] = [],
                     dateAfterPublication: Bool = false) -> EventReading {
        read(prepare(sentence), date: date, actors: actors, dateAfterPublication: dateAfterPublication)
    }

    /// Reads a sentence's words once, for `read(_:date:actors:dateAfterPublication:)` on each of its dates.
    public func prepare(_ sentence: String) -> EventSentence {
        EventSentence(sentence, lexicon: lexicon)
    }

    /// The same as `read(_:date:actors:dateAfterPublication:)` on a prepared sentence.
    public func read(_ sentence: EventSentence, date: Range<Int>, actors: [Range<Int>] = [],
                     dateAfterPublication: Bool = false) -> EventReading {
        let words = sentence.words, clauses = sentence.clauses, candidates = sentence.candidates
        let dateWords = words.wordRange(covering: date)
        let chosen = TriggerChoice(words: words, clauses: clauses, candidates: candidates, candidateAt: sentence.candidateAt)
            .choose(forDateWords: dateWords)
        let trigger = chosen.map { words.trigger($0) }
        let realis = RealisReader(words: words, clauses: clauses, candidates: candidates)
            .read(trigger: chosen, dateWords: dateWords, dateAfterPublication: dateAfterPublication)
        let actorWords = actors.map { words.wordRange(covering: $0) }
        let roles = RoleReader(words: words, clauses: clauses, lexicon: lexicon)
            .roles(of: actorWords, trigger: chosen, dateWords: dateWords)
        let root = chosen.map { CAMEORule.root(of: $0, in: words, candidates: candidates) }
        return EventReading(trigger: trigger, realis: realis.realis, realisCues: realis.cues,
                            roles: roles.map(\.role), roleMarkers: roles.map(\.marker),
                            cameo: root?.cameo, cameoRule: root?.rule)
    }
}
