/// A place named in a text that only says where something happened, kept apart from the actors.
///
/// Example: in `"लावरोव ने दिल्ली में कहा"` the recognizer reports Sergey Lavrov as an actor and
/// `PlaceMention(actorID: "delhi", name: "दिल्ली", surface: "दिल्ली", scalarRange: 10..<16, ...)` as a place.
public struct PlaceMention: Sendable, Hashable {
    /// Gazetteer id when the place is a known country, state or city; nil otherwise.
    public var actorID: String?
    /// Canonical name of the gazetteer entry, or the name as written.
    public var name: String
    /// The text as it appears in the input.
    public var surface: String
    /// Unicode scalar offsets of `surface` in the input as given.
    public var scalarRange: Range<Int>
    /// The same span as string indices into the input.
    public var range: Range<String.Index>
    public var evidence: Evidence

    public init(actorID: String?, name: String, surface: String, scalarRange: Range<Int>,
                range: Range<String.Index>, evidence: Evidence) {
        self.actorID = actorID
        self.name = name
        self.surface = surface
        self.scalarRange = scalarRange
        self.range = range
        self.evidence = evidence
    }
}

/// What the recognizer finds in one text: who acts (`actors`) and where (`places`), each in text order.
/// Feed-tag actors follow the text's actors, as in `ActorRecognizer.recognize(in:tags:)`.
public struct RecognizedNames: Sendable, Hashable {
    public var actors: [ActorMention]
    public var places: [PlaceMention]

    public init(actors: [ActorMention], places: [PlaceMention]) {
        self.actors = actors
        self.places = places
    }
}
