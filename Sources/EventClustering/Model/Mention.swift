/// One report of a happening: a dated entry of an article, as clustering sees it.
///
/// From `"मोदी ने सोमवार को बाइडेन से मुलाकात की।"` published Tuesday 2025-03-04: the day
/// 2025-03-03 (`firstDay == lastDay`, day numbers), granularity `day`, trigger lemma `मुलाकात`,
/// CAMEO `04`, realis `actual`, actors `narendra-modi` and `joe-biden`, and the sketch of the sentence.
public struct Mention: Sendable, Equatable {
    /// The entry id.
    public var id: String
    /// The article's stream id.
    public var article: String
    /// Which sentence of the article it is in (from 0).
    public var sentence: Int
    public var firstDay: Int
    public var lastDay: Int
    public var granularity: String
    public var cameo: String?
    public var realis: String?
    public var lemma: String?
    /// Actor keys, as curation resolves them.
    public var actors: [String]
    public var sketch: SentenceSketch
    /// 64-bit keys of the article, the actors, the trigger lemma and the CAMEO root, which the
    /// rule compares instead of the strings (as `HindiEvents` compares words by folded keys).
    let keys: Keys

    struct Keys: Sendable, Equatable {
        var article: UInt64
        var actors: [UInt64]
        var lemma: UInt64?
        var cameo: UInt64?
    }

    public init(id: String, article: String, sentence: Int, firstDay: Int, lastDay: Int, granularity: String, cameo: String?,
                realis: String?, lemma: String?, actors: [String], sketch: SentenceSketch) {
        self.id = id
        self.article = article
        self.sentence = sentence
        self.firstDay = firstDay
        self.lastDay = lastDay
        self.granularity = granularity
        self.cameo = cameo
        self.realis = realis
        self.lemma = lemma
        self.actors = Array(Set(actors)).sorted()
        self.sketch = sketch
        self.keys = Keys(article: TextKey.of(article), actors: self.actors.map(TextKey.of), lemma: lemma.map(TextKey.of),
                         cameo: cameo.map(TextKey.of))
    }

    /// One day (or a time of one day).
    public var isOneDay: Bool { firstDay == lastDay }

    /// Whether `other` is another date of the same sentence.
    public func sharesSentence(with other: Mention) -> Bool { article == other.article && sentence == other.sentence }
}
