/// The word that names an event, as written, with the lexicon entry that knew it.
///
/// In "लावरोव ने शनिवार को किम से मुलाकात की" the trigger is `मुलाकात` (lemma `मुलाकात`,
/// CAMEO 04); offsets are Unicode scalars of the text given to `EventReader.read`.
public struct EventTrigger: Sendable, Hashable {
    /// The trigger's words as written (one word, or a lexicon phrase such as `गोली मारी`).
    public let text: String
    public let scalarRange: Range<Int>
    /// The lexicon entry: lemma, code and line.
    public let entry: PredicateEntry

    /// The lexicon's lemma for it (`कह` for `कहा`).
    public var lemma: String { entry.lemma }
    /// The lexicon's code for it: nil for an event that is no interaction of actors (`बारिश`).
    public var cameo: CAMEORoot? { entry.cameo }
}
