import ActorRecognition
import HindiEvents
import HindiTemporal

/// Finds the dated events of an article: every sentence with a resolved DATE/TIME expression and
/// at least one actor gives one event per such expression.
///
/// Durations ("तीन दिन"), sets ("हर साल") and vague references ("अब", PRESENT_REF) make no entry.
/// The places of the sentence go with the entry and are no actors: "लावरोव ने शनिवार को
/// प्योंगयांग में किम से मुलाकात की।" gives one entry with the actors Lavrov and Kim and the place
/// Pyongyang; "शनिवार को मुंबई में बारिश हुई।" names only a place and gives none.
public struct DatedEventBuilder: Sendable {
    public let extractor: TemporalExtractor
    public let recognizer: ActorRecognizer
    public let eventReader: EventReader
    public let gazetteerRevision: String

    /// The versions of the temporal extractor, the actor recognizer and the event reader, recorded
    /// with every extraction (`extractorVersion`): `timeline reprocess` recomputes articles made by others.
    public static let version = TemporalExtractor.version + " " + ActorRecognizer.version + " " + EventReader.version

    public init(extractor: TemporalExtractor = TemporalExtractor(), recognizer: ActorRecognizer,
                eventReader: EventReader = EventReader(), gazetteerRevision: String) {
        self.extractor = extractor
        self.recognizer = recognizer
        self.eventReader = eventReader
        self.gazetteerRevision = gazetteerRevision
    }

    /// The dated entries of one revision of an article, in text order.
    public func events(for article: Article, revision: Int) -> [DatedEntry] {
        extract(article, revision: revision).entries
    }

    /// What extraction makes of one revision of an article: its dated entries and coverage.
    /// `contentHash` may be passed when the caller has it already (hashing the text is not free).
    public func extract(_ article: Article, revision: Int, contentHash: String? = nil) -> ArticleExtracted {
        let text = article.text
        let streamID = article.streamID
        let reading = extractor.read(text, published: article.published)
        let all = reading.expressions
        let expressions = all.filter { ($0.type == .date || $0.type == .time) && $0.interval != nil }
        let unresolved = all.filter { ($0.type == .date || $0.type == .time) && $0.interval == nil }.map { e in
            ArticleExtracted.Unresolved(
                text: e.text, start: e.scalarRange.lowerBound, end: e.scalarRange.upperBound, type: e.type.rawValue,
                value: e.value, reason: e.granularity == .vague ? "vague" : "no-calendar-day")
        }
        let sentences = ScalarSentences(text: text, sentences: reading.sentences)
        // Only the sentences that hold a dated expression need their names tagged.
        let focus = expressions.compactMap { sentences.sentence(containing: $0.scalarRange.lowerBound)?.scalarRange }
        let names = expressions.isEmpty ? RecognizedNames(actors: [], places: [])
            : recognizer.analyze(text, tags: article.tags, focus: Array(Set(focus)))
        let mentions = names.actors
        let contentHash = contentHash ?? article.contentHash

        var events: [DatedEntry] = []
        // The actors, places and text of each sentence, found once however many dates it holds.
        var sentenceParts: [Int: SentenceParts] = [:]
        for expression in expressions where !mentions.isEmpty {
            guard let interval = expression.interval,
                  let sentence = sentences.sentence(containing: expression.scalarRange.lowerBound) else { continue }
            let parts = sentenceParts[sentence.index] ?? SentenceParts(
                sentence, of: sentences, mentions: mentions, places: names.places, reader: eventReader)
            sentenceParts[sentence.index] = parts
            // A sentence without actors gives no entry, and is not read for its event.
            guard let prepared = parts.event else { continue }
            let read = EntryEventReading(sentence: prepared, sentenceStart: sentence.scalarRange.lowerBound,
                                         mentions: parts.mentions)
                .read(with: eventReader, expression: expression.scalarRange,
                      dateAfterPublication: Self.isAfter(interval, article.published, tense: expression.tense),
                      actors: parts.actors)
            let uuid = StableID.uuid(streamID, contentHash, String(expression.scalarRange.lowerBound), expression.value)
            events.append(DatedEntry(
                entryID: StableID.shortID(for: uuid),
                sentenceIndex: sentence.index,
                sentence: parts.text,
                expression: .init(
                    text: expression.text,
                    start: expression.scalarRange.lowerBound,
                    end: expression.scalarRange.upperBound,
                    type: expression.type.rawValue,
                    value: expression.value,
                    granularity: expression.granularity.rawValue,
                    tense: expression.tense.rawValue,
                    rule: expression.rule,
                    anchor: expression.anchor.label
                ),
                interval: interval,
                actors: read.actors,
                places: parts.places,
                event: read.event
            ))
        }
        return ArticleExtracted(
            streamID: streamID, articleRevision: revision, entries: events, expressions: all.count,
            unresolved: unresolved, extractorVersion: Self.version, gazetteerRevision: gazetteerRevision)
    }

    /// Whether a date lies after the publication: it starts later, or it ends later in a clause
    /// the extractor read as future ("अगस्त के अंत तक" in an article of 2 August).
    static func isAfter(_ interval: DayInterval, _ published: CalendarDay, tense: Tense) -> Bool {
        interval.first > published || (tense == .future && interval.last > published)
    }

    /// What the entries of one sentence share. A sentence without actors gives no entry, so its
    /// places, text and event reading are not made.
    private struct SentenceParts {
        var actors: [DatedEntry.ActorRef]
        /// Every actor mention of the sentence, with the index of its actor in `actors` (for roles).
        var mentions: [(range: Range<Int>, actor: Int)]
        var places: [DatedEntry.PlaceRef] = []
        var text = ""
        /// The sentence as the event reader reads it, once for all its dates; nil without actors.
        var event: EventSentence?

        init(_ sentence: ScalarSentences.Sentence, of sentences: ScalarSentences, mentions: [ActorMention],
             places: [PlaceMention], reader: EventReader) {
            (actors, self.mentions) = DatedEventBuilder.actors(in: mentions, within: sentence.scalarRange)
            guard !actors.isEmpty else { return }
            self.places = DatedEventBuilder.places(in: places, within: sentence.scalarRange)
            text = sentences.text(of: sentence)
            event = reader.prepare(text)
        }
    }

    /// The distinct actors mentioned inside a sentence, in order of first mention, and every
    /// mention with the index of its actor among them.
    static func actors(in mentions: [ActorMention], within range: Range<Int>)
        -> (refs: [DatedEntry.ActorRef], mentions: [(range: Range<Int>, actor: Int)]) {
        var refs: [DatedEntry.ActorRef] = []
        var spans: [(range: Range<Int>, actor: Int)] = []
        // Tag mentions carry an empty range at the end of the text: they are not in any sentence.
        // A sentence names a few actors: a look along them is cheaper than a set.
        for mention in mentions where !mention.scalarRange.isEmpty && range.contains(mention.scalarRange.lowerBound) {
            let ref = ActorReference.make(from: mention)
            if let known = refs.firstIndex(where: { $0.key == ref.key }) {
                spans.append((mention.scalarRange, known))
            } else {
                spans.append((mention.scalarRange, refs.count))
                refs.append(ref)
            }
        }
        return (refs, spans)
    }

    /// The distinct places mentioned inside a sentence, in text order.
    static func places(in mentions: [PlaceMention], within range: Range<Int>) -> [DatedEntry.PlaceRef] {
        var refs: [DatedEntry.PlaceRef] = []
        for mention in mentions where range.contains(mention.scalarRange.lowerBound) {
            let ref = PlaceReference.make(from: mention)
            if !refs.contains(where: { $0.key == ref.key }) { refs.append(ref) }
        }
        return refs
    }
}
