/// The words of a text as folded 64-bit keys, for comparing texts without Unicode normalization:
/// spelling variants fold as in event reading (nukta dropped, chandrabindu as anusvara,
/// Devanagari digits as ASCII, Latin capitals as small letters; punctuation and joiners vanish).
///
/// `FoldedWords.keys("मुलाक़ात हुई।") == FoldedWords.keys("मुलाकात  हुई")` — two words, equal keys.
public enum FoldedWords {
    /// Every word's key, in order.
    public static func keys(_ text: String) -> [UInt64] {
        SentenceWords(text).words.map(\.key.value)
    }

    /// The keys of the words that carry content: closed-class words (postpositions, auxiliaries
    /// and light verbs, conjunctions, relative pronouns) are left out, so that
    /// `"मोदी ने बैठक की"` and `"मोदी की बैठक हुई"` both give the keys of `मोदी` and `बैठक`.
    public static func contentKeys(_ text: String) -> [UInt64] {
        SentenceWords(text).words.lazy.map(\.key).filter { !isFunctionWord($0) }.map(\.value)
    }

    static func isFunctionWord(_ key: WordKey) -> Bool {
        FunctionWords.postpositions.contains(key) || FunctionWords.verbal.contains(key)
            || FunctionWords.clauseOpeners.contains(key) || FunctionWords.coordinators.contains(key)
            || FunctionWords.possibility.contains(key)
    }
}
