import HindiTemporal

/// One dated event: a sentence that dates something involving one or more actors.
///
/// For "शनिवार को लावरोव ने किम से मुलाकात की।" in an article published 2025-07-13 this holds
/// the expression "शनिवार" (value 2025-07-12, day), the interval 2025-07-12…2025-07-12, and the
/// actors Sergey Lavrov and Kim Jong Un. For "लावरोव ने शनिवार को प्योंगयांग में किम से मुलाकात की।"
/// the places hold Pyongyang (key `pyongyang`), which is on no actor's timeline. Entries travel in
/// an `ArticleExtracted` event.
public struct DatedEntry: Sendable, Codable, Equatable {
    public struct Expression: Sendable, Codable, Equatable {
        public var text: String
        /// Unicode scalar offsets into the article text.
        public var start: Int
        public var end: Int
        public var type: String
        public var value: String
        public var granularity: String
        public var tense: String
        public var rule: String
        /// What the value was resolved against: `dct` (the publish date), `explicit` (a full
        /// date in the text) or `expr:N` (the N-th expression of the text). Absent in entries
        /// recorded before it was kept.
        public var anchor: String?
    }

    public struct ActorRef: Sendable, Codable, Equatable, Hashable {
        /// The actor's key: a gazetteer id, or `provisional:<name>` for a name not (yet) in the gazetteer.
        public var key: String
        public var name: String
        public var kind: String
        public var provisional: Bool
        public var surface: String
        /// How the actor was recognized: `alias:…`, `tag:…`, `role:…`, `short-form:…`.
        public var evidence: String
    }

    /// A place named in the entry's sentence: where it happened, not who acted.
    public struct PlaceRef: Sendable, Codable, Equatable, Hashable {
        /// The place's key: a gazetteer id (`pyongyang`), or `place:<name>` for a place not in the gazetteer.
        public var key: String
        public var name: String
        /// The words of the text that named it.
        public var surface: String
    }

    /// Short stable id of the entry, shown in every output format.
    public var entryID: String
    public var sentenceIndex: Int
    public var sentence: String
    public var expression: Expression
    public var interval: DayInterval
    public var actors: [ActorRef]
    /// The distinct places of the sentence, in text order; empty in entries recorded before places were kept.
    public var places: [PlaceRef] = []
}

extension DatedEntry {
    /// Reads an entry as `JSONDecoder` does for the synthesized conformance, except that a payload
    /// recorded before places were kept (no `places` key) reads as no places.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        entryID = try c.decode(String.self, forKey: .entryID)
        sentenceIndex = try c.decode(Int.self, forKey: .sentenceIndex)
        sentence = try c.decode(String.self, forKey: .sentence)
        expression = try c.decode(Expression.self, forKey: .expression)
        interval = try c.decode(DayInterval.self, forKey: .interval)
        actors = try c.decode([ActorRef].self, forKey: .actors)
        places = try c.decodeIfPresent([PlaceRef].self, forKey: .places) ?? []
    }
}
