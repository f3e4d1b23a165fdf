/// Reads whether the event happened from the words of its verb group: from the trigger to the end
/// of its clause or the next verb of another event, with the two words before it for a negation
/// (`नहीं पहुंचे`), and the clause that introduces it (`संभव है कि …`).
///
/// In order: a condition before the event (`अगर`, `यदि`) makes it hypothetical; a cooperation
/// refused (`मुलाकात से इनकार`), a negation or a calling off (`नहीं`, `रद्द`, `टल गई`), or a plan
/// that did not come about (`होना था`, `लॉन्च करने वाली थी`) negated; a modal of possibility,
/// obligation or fear (`सकती`, `संभव`, `चाहिए`, `आशंका`) hypothetical; a future verb (`होगी`,
/// `करेंगे`, `जाएगा`), an expectation (`उम्मीद`, `प्रस्तावित`, `होने वाली`, `करना है`) or a date
/// after publication planned. Example: "रविवार को लावरोव की मुलाकात किम से होगी" is planned, cue `होगी`.
struct RealisReader {
    let words: SentenceWords
    let clauses: ClauseMap
    let candidates: [TriggerCandidate]

    func read(trigger: TriggerCandidate?, dateWords: Range<Int>, dateAfterPublication: Bool) -> (realis: Realis, cues: [String]) {
        let anchor = trigger?.words ?? dateWords
        let clause = clauses.clause(of: anchor.lowerBound)
        // The verb group ends where another event's verb starts (`जीतने वाली सिंधू … नहीं जीत पाई`).
        let nextVerb = candidates.first { $0.isVerbal && $0.words.lowerBound >= anchor.upperBound
            && $0.words.lowerBound >= dateWords.upperBound }?.words.lowerBound ?? clause.upperBound
        let scopeStart = max(clause.lowerBound, anchor.lowerBound - 2)
        var scopeEnd = max(min(clause.upperBound, nextVerb), anchor.upperBound)
        // `जीतने वाली सिंधू …`: a participle's verb group ends with it (and a `थी` after it).
        if FunctionWords.waala.contains(words.key(anchor.upperBound)) { scopeEnd = min(scopeEnd, anchor.upperBound + 2) }
        let scope = scopeStart..<scopeEnd
        let own = trigger?.words ?? 0..<0

        if let condition = (0..<anchor.lowerBound).last(where: { FunctionWords.conditional.contains(words.key($0)) }) {
            return (.hypothetical, [words.text(of: condition..<(condition + 1))])
        }
        if let trigger, let refusal = refusal(of: trigger) { return (.negated, [refusal]) }
        let others = scope.lazy.filter { !own.contains($0) }
        if let negation = others.first(where: { isNegation(at: $0) }) { return (.negated, [cue(negation)]) }
        if let unrealized = others.first(where: { isUnrealizedPlan(at: $0) }) {
            return (.negated, [words.text(of: (unrealized - 1)..<(unrealized + 1))])
        }
        if let modal = others.first(where: { FunctionWords.possibility.contains(words.key($0)) }) {
            return (.hypothetical, [cue(modal)])
        }
        // `प्रस्तावित जापान दौरे`, `आयोजित होने वाली बैठक`: the plan may be said just before the event noun.
        if let planned = others.first(where: { isFuture(at: $0) || isExpectation(at: $0) }) { return (.planned, [cue(planned)]) }
        let later = scope.lazy.filter { $0 >= anchor.lowerBound }
        if let introduced = introducingCue(of: clause) { return introduced }
        if dateAfterPublication, !later.contains(where: { FunctionWords.perfect.contains(words.key($0)) }) {
            return (.planned, ["date after publication"])
        }
        return (.actual, [])
    }

    /// Word `i` as written, for the cues of a reading.
    private func cue(_ i: Int) -> String {
        words.text(of: i..<(i + 1))
    }

    /// `मुलाकात से इनकार`: the refusal word after a refused cooperation.
    private func refusal(of trigger: TriggerCandidate) -> String? {
        let at = trigger.words.upperBound
        guard words.key(at) == Particles.se, let refusal = candidates.first(where: { $0.words.lowerBound == at + 1 }),
              refusal.entry.cameo?.code == "12" else { return nil }
        return words.text(of: refusal.words)
    }

    /// `संभव है कि …`, `हो सकता है कि …`, `उम्मीद है कि …`: the clause before a `कि` clause says how
    /// sure its event is.
    private func introducingCue(of clause: Range<Int>) -> (realis: Realis, cues: [String])? {
        guard words.key(clause.lowerBound) == Particles.ki, clause.lowerBound > 0 else { return nil }
        let previous = clauses.clause(of: clause.lowerBound - 1)
        let tail = max(previous.lowerBound, clause.lowerBound - 3)..<clause.lowerBound
        if let modal = tail.first(where: { FunctionWords.possibility.contains(words.key($0)) }) {
            return (.hypothetical, [cue(modal)])
        }
        if let expected = tail.first(where: { FunctionWords.expectation.contains(words.key($0)) }) {
            return (.planned, [cue(expected)])
        }
        return nil
    }

    /// `नहीं`, `न`, `रद्द` …, but not `न केवल` ("not only"), `नहीं तो` ("or else"), nor a calling
    /// off that is itself the object of the event (`रद्द करने का फैसला`, `रद्द होने के बाद`).
    private func isNegation(at i: Int) -> Bool {
        let key = words.key(i)
        guard FunctionWords.negation.contains(key) else { return false }
        let next = words.key(i + 1)
        if isObject(at: i) { return false }
        return !(key == Particles.na && FunctionWords.notOnly.contains(next)) && next != Particles.to
    }

    /// `होना था`, `करने वाली थी`: an infinitive or a `वाला` participle with a past auxiliary.
    private func isUnrealizedPlan(at i: Int) -> Bool {
        guard i > 0, FunctionWords.pastAuxiliaries.contains(words.key(i)) else { return false }
        let previous = words.key(i - 1)
        return FunctionWords.waala.contains(previous) || FunctionWords.obligedInfinitives.contains(previous)
    }

    /// A future verb form: a vowel sign or vowel before `गा`/`गी`/`गे` (`होगी`, `करेंगे`, `जाएगा`),
    /// which `लगा` and `आगे` do not have.
    private func isFuture(at i: Int) -> Bool {
        let scalars = words.folded(i)
        guard scalars.count >= 3 else { return false }
        var end = scalars.endIndex - 1
        // गा गी गे गीं: ग + ा / ी / े (+ ं)
        if scalars[end] == 0x0902 { end -= 1 }
        guard end - scalars.startIndex >= 2, [0x093E, 0x0940, 0x0947].contains(scalars[end]), scalars[end - 1] == 0x0917 else {
            return false
        }
        var before = end - 2
        if scalars[before] == 0x0902 { before -= 1 }
        guard before >= scalars.startIndex else { return false }
        return [0x0947, 0x094B, 0x0942, 0x090F, 0x0913].contains(scalars[before])
    }

    /// A cue that is itself what is done (`रद्द करने का फैसला`, `स्थगित/रद्द करने के लिए`, `मानकों को
    /// निर्धारित करने`): an oblique infinitive or a genitive follows within two words.
    private func isObject(at i: Int) -> Bool {
        (i + 1...i + 2).contains { FunctionWords.obliqueInfinitives.contains(words.key($0)) || FunctionWords.genitives.contains(words.key($0)) }
    }

    /// An expectation word, `होने`/`जाने`/`आने` with `वाला` (`होने वाली बैठक`: about to happen; not
    /// `जीतने वाली टीम`, the team that won), or an infinitive with `है` (`करना है`).
    private func isExpectation(at i: Int) -> Bool {
        let key = words.key(i)
        if FunctionWords.expectation.contains(key) { return !isObject(at: i) }
        let previous = words.key(i - 1)
        if FunctionWords.waala.contains(key), FunctionWords.prospective.contains(previous) { return true }
        if FunctionWords.presentAuxiliaries.contains(key), FunctionWords.obligedInfinitives.contains(previous) { return true }
        return false
    }
}
