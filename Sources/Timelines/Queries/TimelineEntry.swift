import HindiTemporal

/// One entry of an actor's timeline, as people read it.
///
/// For "रूस के विदेश मंत्री सर्गेई लावरोव ने शनिवार को प्योंगयांग में किम जोंग उन से मुलाकात की।" on
/// Lavrov's timeline: value 2025-07-12 (day), expression "शनिवार", other actors रूस and किम जोंग उन,
/// places प्योंगयांग.
public struct TimelineEntry: Sendable, Codable, Equatable {
    /// Short stable id (the same in every output format and across rebuilds).
    public var id: String
    public var actorID: String
    public var actorName: String
    /// The date at its true granularity, as a TIMEX value: `2025-07-12`, `2025-06`, `2025-W28`, `2024`.
    public var value: String
    public var granularity: String
    public var firstDay: String
    public var lastDay: String
    /// The words that dated it, e.g. "पिछले साल".
    public var expression: String
    public var sentence: String
    public var otherActors: [String]
    public var otherActorIDs: [String]
    public var articleTitle: String
    public var articleURL: String?
    public var articleIdentifier: String
    public var published: String
    public var evidence: String
    /// Names of the places in the sentence, in text order (where it happened; on no timeline).
    public var places: [String]
    /// What happened (see `DatedEntry.Event`): the trigger word, CAMEO root and quad class, realis,
    /// and this actor's role (`source`, `target`, `other`). Absent for entries recorded before
    /// events were read (`timeline reprocess` fills them in).
    public var trigger: String? = nil
    public var cameo: String? = nil
    public var quad: Int? = nil
    public var realis: String? = nil
    public var role: String? = nil
    /// On a timeline of events (`TimelineQueries.events`): the event this entry stands for, how
    /// many reports, articles and outlets back it, and the outlets' names. Absent on a timeline of entries.
    public var event: String? = nil
    public var mentions: Int? = nil
    public var articles: Int? = nil
    public var sources: Int? = nil
    public var sourceNames: [String]? = nil

    public init(id: String, actorID: String, actorName: String, value: String, granularity: String, firstDay: String,
                lastDay: String, expression: String, sentence: String, otherActors: [String], otherActorIDs: [String],
                articleTitle: String, articleURL: String?, articleIdentifier: String, published: String, evidence: String,
                places: [String] = [], trigger: String? = nil, cameo: String? = nil, quad: Int? = nil,
                realis: String? = nil, role: String? = nil) {
        self.id = id
        self.actorID = actorID
        self.actorName = actorName
        self.value = value
        self.granularity = granularity
        self.firstDay = firstDay
        self.lastDay = lastDay
        self.expression = expression
        self.sentence = sentence
        self.otherActors = otherActors
        self.otherActorIDs = otherActorIDs
        self.articleTitle = articleTitle
        self.articleURL = articleURL
        self.articleIdentifier = articleIdentifier
        self.published = published
        self.evidence = evidence
        self.places = places
        self.trigger = trigger
        self.cameo = cameo
        self.quad = quad
        self.realis = realis
        self.role = role
    }
}
