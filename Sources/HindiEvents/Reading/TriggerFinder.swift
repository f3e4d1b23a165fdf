/// Finds the lexicon's predicates in a sentence, left to right, longest form first.
///
/// Example: in "पुलिस ने सोमवार को आरोपी को गिरफ्तार कर जेल भेजा" it finds `गिरफ्तार` (verbal:
/// the light verb `कर` follows); in "सोमवार को हुई बैठक में मंत्री ने कहा" `बैठक` (in a phrase,
/// `में` follows) and `कहा` (verbal, the clause ends); in "सहयोग देने का वादा किया" `सहयोग` (in a
/// phrase: an oblique infinitive follows) and `वादा` (verbal).
struct TriggerFinder {
    let words: SentenceWords
    let lexicon: PredicateLexicon

    func candidates() -> [TriggerCandidate] {
        var found: [TriggerCandidate] = []
        var i = 0
        while i < words.count {
            guard let match = lexicon.match({ words.key($0) }, at: i) else { i += 1; continue }
            let range = i..<(i + match.length)
            // `फायरिंग रेंज`, `बाढ़ प्रभावित`: read, so their words start no event, and left out.
            if match.entry.isEvent {
                found.append(TriggerCandidate(words: range, entry: match.entry, isVerbal: isVerbal(after: range.upperBound),
                                              lemmaKey: match.lemmaKey))
            }
            i = range.upperBound
        }
        return found
    }

    /// Whether a predicate ending before word `next` is the verb of its clause: a light verb or an
    /// auxiliary follows it, or its clause ends there.
    private func isVerbal(after next: Int) -> Bool {
        guard next < words.count, words[next].breakBefore == .none else { return true }
        let key = words.key(next)
        if FunctionWords.clauseOpeners.contains(key) { return true }
        guard FunctionWords.verbal.contains(key) else { return false }
        // `सहयोग देने का वादा`, `रद्द करने के लिए`: an oblique infinitive makes a noun phrase.
        if FunctionWords.obliqueInfinitives.contains(key) { return false }
        // `की`, `के`-less: a genitive `की` is followed by a noun, the light verb by an auxiliary or the end.
        if key == Particles.kii {
            let after = next + 1
            return after >= words.count || words[after].breakBefore != .none
                || FunctionWords.auxiliaries.contains(words.key(after)) || FunctionWords.clauseOpeners.contains(words.key(after))
                || FunctionWords.coordinators.contains(words.key(after))
        }
        return true
    }
}
