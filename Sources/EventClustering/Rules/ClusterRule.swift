/// Whether a mention reports the same happening as an event already formed.
///
/// - The event's dates and the mention's must meet: two different days never join; a day may
///   join a month or a week that holds it, and the event's date becomes the day.
/// - They must share an actor.
/// - On one day, one of: the same trigger lemma, the same CAMEO root, or sentences with enough
///   content words in common (`sameDaySimilarity`). When a month, a year or a longer span is
///   involved (`"पिछले साल"`), more is asked: the same trigger or type with some words in common, or
///   sentences much alike (`coarseSimilarity`), because such a date says less about which
///   happening it is.
/// - A span of a week or less (`"इस सप्ताह के अंत"`, `"पिछले हफ्ते"`) is near enough to a day to be
///   judged like one.
/// - Different CAMEO roots with different triggers need sentences much alike: a statement and a
///   meeting of the same people on the same day are two events.
/// - Two dates of one sentence are one event only with the same trigger: `"रविवार को सुबह सात से
///   रात नौ बजे तक कर्फ्यू"` (one curfew) but not `"सूत्रों ने गुरुवार को बताया कि एक अप्रैल से …"`.
public struct ClusterRule: Sendable {
    public var sameDaySimilarity = 0.2
    public var coarseTriggerSimilarity = 0.15
    public var coarseSimilarity = 0.4
    /// Spans of at most this many days are judged like a day.
    public var nearDaySpan = 7

    /// How many of an event's mentions a new one is compared with, in the order they joined.
    static let comparedMentions = 16

    public init() {}

    public func match(_ mention: Mention, _ event: EventCluster) -> ClusterMatch? {
        guard let interval = event.interval, mention.firstDay <= interval.upperBound,
              interval.lowerBound <= mention.lastDay else { return nil }
        let eventActors = event.actorKeys
        let shared = zip(mention.actors, mention.keys.actors).filter { eventActors.contains($0.1) }.map(\.0)
        guard !shared.isEmpty else { return nil }
        if event.articleKeys.contains(mention.keys.article), let neighbour = event.mentions.first(where: { $0.sharesSentence(with: mention) }) {
            guard let lemma = mention.lemma, lemma == neighbour.lemma else { return nil }
        }
        let lemma = mention.keys.lemma.flatMap { event.lemmaKeys.contains($0) ? mention.lemma : nil }
        let type = mention.keys.cameo.flatMap { event.cameoKeys.contains($0) ? mention.cameo : nil }
        // The earliest reports say what the event is; reprints of them add nothing to compare.
        let similarity = event.mentions.prefix(Self.comparedMentions).map { $0.sketch.similarity(to: mention.sketch) }.max() ?? 0
        let sameDay = mention.isOneDay && interval.count == 1
        let nearDay = mention.lastDay - mention.firstDay < nearDaySpan && interval.count <= nearDaySpan
        let typesDiffer = lemma == nil && type == nil && mention.cameo != nil && !event.cameoKeys.isEmpty
        let agrees: Bool
        if typesDiffer {
            agrees = similarity >= coarseSimilarity
        } else if sameDay || nearDay {
            agrees = lemma != nil || type != nil || similarity >= sameDaySimilarity
        } else {
            agrees = ((lemma != nil || type != nil) && similarity >= coarseTriggerSimilarity) || similarity >= coarseSimilarity
        }
        guard agrees else { return nil }
        let actorShare = Double(shared.count) / Double(max(1, min(mention.actors.count, eventActors.count)))
        let score = similarity + (lemma != nil ? 0.5 : 0) + (type != nil ? 0.3 : 0) + 0.2 * actorShare + (sameDay ? 0.2 : 0)
        return ClusterMatch(sharedActors: shared, sameTrigger: lemma, sameType: type, similarity: similarity,
                            sameDay: sameDay, score: score)
    }
}
