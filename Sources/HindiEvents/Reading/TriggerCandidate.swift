/// A lexicon predicate found in a sentence: its words and entry, and whether it stands as the
/// clause's verb (`मुलाकात की।`, `गिरफ्तार कर`, `कहा`) or inside a phrase (`बैठक में`).
struct TriggerCandidate: Hashable {
    var words: Range<Int>
    var entry: PredicateEntry
    var isVerbal: Bool
    /// The folded key of the entry's lemma (rules ask for some lemmas: `घोषणा`).
    var lemmaKey: WordKey
}
