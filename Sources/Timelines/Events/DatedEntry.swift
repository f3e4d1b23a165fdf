import HindiEvents
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
        /// What the actor does in the entry's event: `source`, `target` or `other`; absent in
        /// entries recorded before events were read.
        public var role: String? = nil
        /// The words that gave the role (`ने`, `से`, `subject`, `of मुलाकात`); absent for `other`.
        public var roleMarker: String? = nil
    }

    /// What happened at the date: the trigger word, its CAMEO root and whether it happened
    /// (see `HindiEvents.EventReader`). For "लावरोव ने शनिवार को किम से मुलाकात की।": trigger
    /// `मुलाकात`, cameo `04`, realis `actual`.
    public struct Event: Sendable, Codable, Equatable {
        public struct Trigger: Sendable, Codable, Equatable {
            public var text: String
            /// Unicode scalar offsets into the article text, like the expression's.
            public var start: Int
            public var end: Int
            /// The predicate lexicon's lemma and its line in the lexicon file.
            public var lemma: String
            public var line: Int
        }

        /// The event's word, or nil when the sentence names none the lexicon knows.
        public var trigger: Trigger?
        /// CAMEO root code `01`…`20`, or nil (no trigger, or no interaction of actors).
        public var cameo: String?
        /// The rule of the sentence that changed the lexicon's code, when one did
        /// (`asked to act (… के लिए कहा): appeal`).
        public var cameoRule: String? = nil
        /// `actual`, `planned`, `negated` or `hypothetical`.
        public var realis: String
        /// The words that decided realis (`होगी`, `नहीं`, `date after publication`).
        public var realisCues: [String]

        /// The CAMEO quad class (1 verbal cooperation … 4 material conflict), or nil.
        public var quad: Int? { cameo.flatMap { CAMEORoot(code: $0)?.quad } }
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
    /// What happened at the date; nil in entries recorded before events were read.
    public var event: Event? = nil
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
        event = try c.decodeIfPresent(Event.self, forKey: .event)
    }
}
