/// What a sentence says happened at one of its dates: the trigger, its CAMEO root, realis, and the
/// role of each actor, with the words that decided them (for `timeline explain`).
///
/// For "लावरोव ने शनिवार को किम से मुलाकात की" with the date `शनिवार` and the actors `लावरोव`,
/// `किम`: trigger `मुलाकात`, CAMEO 04 (consult), realis `actual`, roles `[.source, .target]`.
public struct EventReading: Sendable, Hashable {
    /// The event's word, or nil when the sentence names none that the lexicon knows.
    public var trigger: EventTrigger?
    /// Whether the event happened.
    public var realis: Realis
    /// The words that decided `realis` (`होगी`, `नहीं`, `अगर`), or a reason such as
    /// `date after publication`; empty for a plain `actual`.
    public var realisCues: [String]
    /// One role per actor range given to the reader, in the same order.
    public var roles: [ActorRole]
    /// Why each actor got its role (`ने`, `से`, `subject`, `of मुलाकात`), in the same order;
    /// empty for `other`.
    public var roleMarkers: [String]

    /// The CAMEO root, or nil for no interaction or no trigger: the lexicon's code for the
    /// trigger unless a rule of the sentence changed it.
    public var cameo: CAMEORoot?
    /// The rule that changed the lexicon's code (`asked to act (… के लिए कहा): appeal`), or nil.
    public var cameoRule: String?
}
