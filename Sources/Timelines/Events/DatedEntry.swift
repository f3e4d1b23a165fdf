import HindiTemporal

/// One dated event: a sentence that dates something involving one or more actors.
///
/// For "शनिवार को लावरोव ने किम से मुलाकात की।" in an article published 2025-07-13 this holds
/// the expression "शनिवार" (value 2025-07-12, day), the interval 2025-07-12…2025-07-12, and the
/// actors Sergey Lavrov and Kim Jong Un. Entries travel in an `ArticleExtracted` event.
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

    /// Short stable id of the entry, shown in every output format.
    public var entryID: String
    public var sentenceIndex: Int
    public var sentence: String
    public var expression: Expression
    public var interval: DayInterval
    public var actors: [ActorRef]
}
