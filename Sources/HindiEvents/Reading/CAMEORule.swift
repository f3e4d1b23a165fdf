/// Where the sentence changes the code the lexicon gives its trigger.
///
/// "मंत्री ने राज्यों से दुकानें बंद करने के लिए कहा" and "… बंद करने को कहा" ask someone to act:
/// an appeal (02), though `कहा` alone is a statement (01).
enum CAMEORule {
    /// The root for `trigger`, and the rule that changed it (nil when the lexicon's code stands).
    static func root(of trigger: TriggerCandidate, in words: SentenceWords) -> (cameo: CAMEORoot?, rule: String?) {
        let start = trigger.words.lowerBound
        if trigger.entry.cameo?.code == "01" {
            let asksFor = (words.key(start - 2) == "के" && words.key(start - 1) == "लिए")
                || (words.key(start - 1) == "को" && FunctionWords.obliqueInfinitives.contains(words.key(start - 2)))
            if asksFor {
                return (CAMEORoot(code: "02"), "asked to act (\(words.text(of: (start - 2)..<trigger.words.upperBound))): appeal")
            }
        }
        return (trigger.entry.cameo, nil)
    }
}
