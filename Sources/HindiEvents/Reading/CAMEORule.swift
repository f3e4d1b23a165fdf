/// Where the sentence changes the code the lexicon gives its trigger.
///
/// "मंत्री ने राज्यों से दुकानें बंद करने के लिए कहा" and "… बंद करने को कहा" ask someone to act:
/// an appeal (02), though `कहा` alone is a statement (01). "सरकार ने लॉकडाउन की घोषणा की" and
/// "कर्फ्यू घोषित किया" declare the act they name: coerce (17), as GDELT codes a curfew imposed.
enum CAMEORule {
    /// Lemmas of the lexicon that announce or declare, by their folded keys.
    static let announcing: WordSet = ["घोषणा", "ऐलान"]

    /// The root for `trigger`, and the rule that changed it (nil when the lexicon's code stands).
    static func root(of trigger: TriggerCandidate, in words: SentenceWords,
                     candidates: [TriggerCandidate]) -> (cameo: CAMEORoot?, rule: String?) {
        let start = trigger.words.lowerBound
        if trigger.entry.cameo?.code == "01" {
            let asksFor = (words.key(start - 2) == Particles.ke && words.key(start - 1) == Particles.lie)
                || (words.key(start - 1) == Particles.ko && FunctionWords.obliqueInfinitives.contains(words.key(start - 2)))
            if asksFor {
                return (CAMEORoot(code: "02"), "asked to act (\(words.text(of: (start - 2)..<trigger.words.upperBound))): appeal")
            }
        }
        if trigger.entry.cameo?.code == "01", announcing.contains(trigger.lemmaKey), let act = announcedAct(before: trigger, in: candidates),
           let code = act.entry.cameo, code.code != "01" {
            return (code, "announced act (\(words.text(of: act.words.lowerBound..<trigger.words.upperBound))): \(code.label)")
        }
        return (trigger.entry.cameo, nil)
    }

    /// The act an announcement names just before it: `लॉकडाउन की घोषणा`, `कर्फ्यू का ऐलान`, `कर्फ्यू घोषित`.
    private static func announcedAct(before trigger: TriggerCandidate, in candidates: [TriggerCandidate]) -> TriggerCandidate? {
        let start = trigger.words.lowerBound
        return candidates.first { $0.words.upperBound == start }
            ?? candidates.first { $0.words.upperBound == start - 1 && !$0.isVerbal }
    }
}
