/// Chooses, among a sentence's predicates, the event a date dates.
///
/// In order: the event noun the date qualifies (`सोमवार को हुई बैठक`, `सोमवार की घटना`,
/// `26 नवंबर को मुंबई में हुए हमले`); the first verb of the date's clause after the date (`लावरोव
/// ने शनिवार को किम से मुलाकात की`: the date's clause ends before `कि`, so "मंत्री ने सोमवार को कहा
/// कि …" dates `कहा` and "मंत्री ने कहा कि सोमवार को हमला हुआ" dates `हमला`); the first predicate
/// after it in the clause that heads its phrase (`मारपीट की शिकायत`: the complaint); the last one
/// before it in the clause (`रविवार को लावरोव की मुलाकात …` read backwards when nothing follows);
/// none from another clause. A cooperation refused (`मुलाकात से इनकार`) is the cooperation,
/// which `RealisReader` reads as negated.
struct TriggerChoice {
    let words: SentenceWords
    let clauses: ClauseMap
    let candidates: [TriggerCandidate]
    /// For each word, the index of the predicate that covers it, or -1.
    let candidateAt: [Int]

    /// The predicate covering word `i`, if any.
    private func candidate(covering i: Int) -> TriggerCandidate? {
        i >= 0 && i < candidateAt.count && candidateAt[i] >= 0 ? candidates[candidateAt[i]] : nil
    }

    /// The predicate starting at word `i`, if any.
    private func candidate(startingAt i: Int) -> TriggerCandidate? {
        candidate(covering: i).flatMap { $0.words.lowerBound == i ? $0 : nil }
    }

    func choose(forDateWords date: Range<Int>) -> TriggerCandidate? {
        guard let chosen = first(forDateWords: date) else { return nil }
        return refusedCooperation(by: chosen) ?? chosen
    }

    private func first(forDateWords date: Range<Int>) -> TriggerCandidate? {
        guard !candidates.isEmpty else { return nil }
        let clause = clauses.clause(of: date.lowerBound)
        if let qualified = qualifiedNoun(after: date, in: clause) { return qualified }
        let after = candidates.lazy.filter { $0.words.lowerBound >= date.upperBound && clause.contains($0.words.lowerBound) }
        if let verb = after.first(where: \.isVerbal) ?? after.first(where: { !modifiesNext($0) }) ?? after.first { return verb }
        let before = candidates.lazy.filter { $0.words.upperBound <= date.lowerBound && clause.contains($0.words.lowerBound) }
        if let verb = before.last(where: \.isVerbal) ?? before.last { return verb }
        // A relative clause dates its antecedent (`… सम्मेलन, जो अक्टूबर में आयोजित होगा`).
        if FunctionWords.relatives.contains(words.key(clause.lowerBound)) {
            return candidates.last { $0.words.upperBound <= clause.lowerBound && $0.words.upperBound >= clause.lowerBound - 2 }
        }
        // Otherwise another clause's event is not the date's
        // (`अगले दिन लावरोव रवाना हुए, जहां वे वांग यी से मिलेंगे`).
        return nil
    }

    /// The event noun a date qualifies: right after the date past linking words of which one is a
    /// participle or a genitive (`को हुई`, `की`, `को आयोजित`), or after a participle within six words
    /// of it (`को मुंबई में हुए आतंकवादी हमले`); the verb of a participle (`पिछले साल स्वर्ण जीतने
    /// वाली`); never past a clause break or another predicate.
    private func qualifiedNoun(after date: Range<Int>, in clause: Range<Int>) -> TriggerCandidate? {
        var i = date.upperBound, links = 0, qualifies = false
        while i < words.count, links <= 3 {
            if i > date.upperBound, words[i].breakBefore != .none { break }
            if let candidate = candidate(startingAt: i) {
                if qualifies && !candidate.isVerbal { return candidate }
                break
            }
            let key = words.key(i)
            guard FunctionWords.dateLinks.contains(key) else { break }
            // `सोमवार को बैठक में …` only places; a participle or a genitive qualifies.
            if !FunctionWords.placingLinks.contains(key) { qualifies = true }
            links += 1
            i += 1
        }
        let end = min(clause.upperBound, date.upperBound + 6)
        for p in date.upperBound..<max(end, date.upperBound) {
            if p > date.upperBound, words[p].breakBefore == .strong { return nil }
            if let candidate = candidate(covering: p) {
                let next = candidate.words.upperBound
                // `पिछले साल स्वर्ण जीतने वाली …`: a participle's own verb.
                if FunctionWords.waala.contains(words.key(next)) { return candidate }
                // `खिताब जीतने वाली`: an object before its verb; read on.
                if !candidate.isVerbal, self.candidate(startingAt: next) != nil { continue }
                // Otherwise a predicate before any participle is the date's own event, found by the rules after this one.
                return nil
            }
            guard FunctionWords.participles.contains(words.key(p)) else { continue }
            // The noun may follow after up to two words of its own (`होने वाले ब्रिक्स शिखर सम्मेलन`).
            return (p + 1...p + 3).lazy.compactMap { self.candidate(startingAt: $0) }.first { !$0.isVerbal }
        }
        return nil
    }

    /// Whether a noun is the genitive of the predicate after it: `मारपीट की शिकायत`, `पैकेज की घोषणा`.
    private func modifiesNext(_ candidate: TriggerCandidate) -> Bool {
        guard !candidate.isVerbal, FunctionWords.genitives.contains(words.key(candidate.words.upperBound)) else { return false }
        return self.candidate(startingAt: candidate.words.upperBound + 1) != nil
    }

    /// `मुलाकात से इनकार`: a rejection (CAMEO 12) of a cooperation (quad 1 or 2) named just before
    /// it with `से` is that cooperation, not happening; `आरोपों से इनकार` stays a rejection.
    private func refusedCooperation(by chosen: TriggerCandidate) -> TriggerCandidate? {
        guard chosen.entry.cameo?.code == "12", words.key(chosen.words.lowerBound - 1) == Particles.se,
              let refused = candidate(covering: chosen.words.lowerBound - 2), refused.words.upperBound == chosen.words.lowerBound - 1,
              let quad = refused.entry.cameo?.quad, quad <= 2 else { return nil }
        return refused
    }
}
