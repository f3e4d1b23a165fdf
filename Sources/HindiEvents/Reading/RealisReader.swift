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
        let scope = scopeStart..<max(min(clause.upperBound, nextVerb), anchor.upperBound)
        let own = trigger?.words ?? 0..<0

        if let condition = (0..<anchor.lowerBound).last(where: { FunctionWords.conditional.contains(words.key($0)) }) {
            return (.hypothetical, [words[condition].key])
        }
        if let trigger, let refusal = refusal(of: trigger) { return (.negated, [refusal]) }
        let others = scope.filter { !own.contains($0) }
        if let negation = others.first(where: { isNegation(at: $0) }) { return (.negated, [words[negation].key]) }
        if let unrealized = others.first(where: { isUnrealizedPlan(at: $0) }) {
            return (.negated, [words[unrealized - 1].key + " " + words[unrealized].key])
        }
        if let modal = others.first(where: { FunctionWords.possibility.contains(words.key($0)) }) {
            return (.hypothetical, [words[modal].key])
        }
        let later = scope.filter { $0 >= anchor.lowerBound }
        if let cue = later.first(where: { isFuture(at: $0) || isExpectation(at: $0) }) { return (.planned, [words[cue].key]) }
        if let introduced = introducingCue(of: clause) { return introduced }
        if dateAfterPublication { return (.planned, ["date after publication"]) }
        return (.actual, [])
    }

    /// `मुलाकात से इनकार`: the refusal word after a refused cooperation.
    private func refusal(of trigger: TriggerCandidate) -> String? {
        let at = trigger.words.upperBound
        guard words.key(at) == "से", let refusal = candidates.first(where: { $0.words.lowerBound == at + 1 }),
              refusal.entry.cameo?.code == "12" else { return nil }
        return words.text(of: refusal.words)
    }

    /// `संभव है कि …`, `हो सकता है कि …`, `उम्मीद है कि …`: the clause before a `कि` clause says how
    /// sure its event is.
    private func introducingCue(of clause: Range<Int>) -> (realis: Realis, cues: [String])? {
        guard words.key(clause.lowerBound) == "कि", clause.lowerBound > 0 else { return nil }
        let previous = clauses.clause(of: clause.lowerBound - 1)
        let tail = max(previous.lowerBound, clause.lowerBound - 3)..<clause.lowerBound
        if let modal = tail.first(where: { FunctionWords.possibility.contains(words.key($0)) }) {
            return (.hypothetical, [words[modal].key])
        }
        if let expected = tail.first(where: { FunctionWords.expectation.contains(words.key($0)) }) {
            return (.planned, [words[expected].key])
        }
        return nil
    }

    /// `नहीं`, `न`, `रद्द` …, but not `न केवल` ("not only"), `नहीं तो` ("or else"), nor a calling
    /// off that is itself the object of the event (`रद्द करने का फैसला`, `रद्द होने के बाद`).
    private func isNegation(at i: Int) -> Bool {
        let key = words.key(i)
        guard FunctionWords.negation.contains(key) else { return false }
        let next = words.key(i + 1)
        if FunctionWords.obliqueInfinitives.contains(next) || ["की", "के", "का"].contains(next) { return false }
        return !(key == "न" && (next == "केवल" || next == "सिर्फ" || next == "ही")) && !(next == "तो")
    }

    /// `होना था`, `करने वाली थी`: an infinitive or a `वाला` participle with a past auxiliary.
    private func isUnrealizedPlan(at i: Int) -> Bool {
        guard i > 0, FunctionWords.pastAuxiliaries.contains(words.key(i)) else { return false }
        let previous = words.key(i - 1)
        return ["वाला", "वाली", "वाले"].contains(previous) || FunctionWords.obligedInfinitives.contains(previous)
    }

    /// A future verb form: a vowel sign or vowel before `गा`/`गी`/`गे` (`होगी`, `करेंगे`, `जाएगा`),
    /// which `लगा` and `आगे` do not have.
    private func isFuture(at i: Int) -> Bool {
        let scalars = Array(words.key(i).unicodeScalars)
        guard scalars.count >= 3 else { return false }
        var end = scalars.count - 1
        // गा गी गे गीं: ग + ा / ी / े (+ ं)
        if scalars[end].value == 0x0902 { end -= 1 }
        guard end >= 2, [0x093E, 0x0940, 0x0947].contains(scalars[end].value), scalars[end - 1].value == 0x0917 else { return false }
        var before = end - 2
        if scalars[before].value == 0x0902 { before -= 1 }
        guard before >= 0 else { return false }
        return [0x0947, 0x094B, 0x0942, 0x090F, 0x0913].contains(scalars[before].value)
    }

    /// An expectation word, an infinitive with `वाला` (`होने वाली`) or with `है` (`करना है`).
    private func isExpectation(at i: Int) -> Bool {
        let key = words.key(i)
        if FunctionWords.expectation.contains(key) { return true }
        let previous = words.key(i - 1)
        if ["वाला", "वाली", "वाले"].contains(key), previous.hasSuffix("ने") { return true }
        if ["है", "हैं"].contains(key), FunctionWords.obligedInfinitives.contains(previous) { return true }
        return false
    }
}
