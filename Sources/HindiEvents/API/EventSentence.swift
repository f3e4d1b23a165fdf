/// A sentence read once for all of its dates: its words, its clauses and the lexicon's predicates
/// in it (`EventReader.prepare`). A sentence with three dates is tokenized once, not three times.
///
/// Example: `reader.prepare("लावरोव ने शनिवार को किम से मुलाकात की और रविवार को बयान दिया।")`
/// holds the predicates `मुलाकात` and `बयान`; each date then picks its own.
public struct EventSentence: Sendable {
    let words: SentenceWords
    let clauses: ClauseMap
    let candidates: [TriggerCandidate]
    /// For each word, the index of the predicate that covers it, or -1.
    let candidateAt: [Int]

    init(_ text: String, lexicon: PredicateLexicon) {
        words = SentenceWords(text)
        clauses = ClauseMap(words)
        candidates = TriggerFinder(words: words, lexicon: lexicon).candidates()
        var at = [Int](repeating: -1, count: words.count)
        for (index, candidate) in candidates.enumerated() {
            for word in candidate.words { at[word] = index }
        }
        candidateAt = at
    }
}
