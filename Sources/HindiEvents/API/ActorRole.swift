/// What an actor of the sentence does in its event.
///
/// In "लावरोव ने शनिवार को किम से मुलाकात की" Lavrov (`ने`) is the `source` and Kim (`से`) the
/// `target`; an actor the sentence only mentions ("रॉयटर्स के अनुसार") is `other`.
public enum ActorRole: String, Sendable, Codable, CaseIterable {
    /// Who acts: the ने-subject, the subject of the clause, the agent of a passive.
    case source
    /// Who is acted upon or with: से/के साथ/को/पर/के खिलाफ objects.
    case target
    /// Named in the sentence, neither of the above.
    case other
}
