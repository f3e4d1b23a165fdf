/// One actor found in a text (or in its feed tags).
///
/// Example: in `"रूसी विदेश मंत्री सर्गेई लावरोव ने कहा"` the recognizer reports
/// `ActorMention(actorID: "sergey-lavrov", name: "सर्गेई लावरोव", kind: .person, surface: "सर्गेई लावरोव",
/// scalarRange: 18..<31, evidence: .rolePattern(role: "विदेश मंत्री"))` after Russia for `रूसी`.
public struct ActorMention: Sendable, Hashable {
    /// Gazetteer id, or nil for a provisional actor not (yet) in the gazetteer.
    public var actorID: String?
    /// Canonical name of the gazetteer actor, or the provisional name as written.
    public var name: String
    /// The actor's kind; `.person` for names found after a role word or by Latin-name repetition;
    /// nil for an unknown feed tag.
    public var kind: ActorKind?
    /// The text as it appears in the input (for a feed tag: the tag).
    public var surface: String
    /// Unicode scalar offsets of `surface` in the input as given.
    /// Feed-tag mentions are not in the text: their range is empty, at the end of the text.
    public var scalarRange: Range<Int>
    /// The same span as string indices into the input.
    public var range: Range<String.Index>
    public var evidence: Evidence

    /// Builds a mention; the recognizer is the usual source of mentions.
    public init(actorID: String?, name: String, kind: ActorKind?, surface: String, scalarRange: Range<Int>,
                range: Range<String.Index>, evidence: Evidence) {
        self.actorID = actorID
        self.name = name
        self.kind = kind
        self.surface = surface
        self.scalarRange = scalarRange
        self.range = range
        self.evidence = evidence
    }

    /// Whether the actor is not in the gazetteer (found through a role word, an unknown tag or a repeated Latin name).
    public var isProvisional: Bool { actorID == nil }
}
