/// One lemma of the predicate lexicon: `04 मुलाकात मुलाकात|मुलाकातों|भेंट` is the lemma `मुलाकात`
/// with CAMEO root 04 and three written forms. A line with the code `x` lists phrases that look
/// like events and are none (`फायरिंग रेंज`, `बाढ़ प्रभावित`): they are read and never chosen.
public struct PredicateEntry: Sendable, Hashable {
    public let lemma: String
    /// nil for an event that is no interaction of actors (`-` in the file: `बारिश`, `भूकंप`).
    public let cameo: CAMEORoot?
    /// false for the `x` phrases, which name no event.
    public var isEvent: Bool = true
    /// The line of the lexicon file that holds it.
    public let line: Int
}
