import EventClustering
import EventStore
import Foundation
import HindiTemporal
import Postgres

/// Keeps events (mentions joined into happenings) and reprints in step with the log, beside the
/// timeline rows and in the same transaction. Mentions are placed one by one in log order by an
/// `EventClusterer` that holds the events of the actors seen so far in this catch-up (loaded once
/// per actor from `event_mentions`); a page's changes are written when it ends.
///
/// A reference, so that a page's mentions can be placed on another thread without copying what
/// the writer holds; one thread uses it at a time (the projection's, or the one placing a page
/// while the projection waits for it). A writer whose page failed is dropped, never reused.
final class EventClusterWriter: @unchecked Sendable {
    let connection: PostgresConnection
    private(set) var clusterer: EventClusterer
    private var reprints: ReprintFinder
    private var loadedActors: Set<String> = []
    private var loadedStreams: Set<String> = []
    /// Mentions placed or moved since the last flush, and mentions gone.
    private var changed: [String: MentionRecord] = [:]
    private var removed: Set<String> = []
    /// Mentions whose stored row goes before the page's rows are copied in: placed again or gone.
    private var stale: Set<String> = []
    /// Sentence sketches of the page's entries, made on all cores in `prepare`.
    private var sketches: [String: SentenceSketch] = [:]
    private var aliases: [(old: String, new: String)] = []
    /// Stored mentions a curator moved to another event.
    private var moves: [(entry: String, event: String)] = []

    /// What `event_mentions` holds of one mention besides the clusterer's view of it.
    struct MentionRecord {
        var mention: Mention
        var eventID: String
        var reason: String
        var score: Double
        var position: Int64
    }

    /// Whether everything stored was placed by this writer (it started at position 0: a rebuild or
    /// a new database), so nothing needs loading.
    private let complete: Bool

    /// How many mentions the writer holds in memory.
    var size: Int { clusterer.mentionCount }

    /// A writer whose clusterer knows every curator's act recorded up to `position`.
    init(connection: PostgresConnection, upTo position: Int64) throws {
        self.connection = connection
        self.complete = position == 0
        var clusterer = EventClusterer()
        for recorded in try EventLog(connection: connection).readStream(EventCurationEvent.stream) where recorded.position <= position {
            try EventCurationEvent.decode(type: recorded.type, json: recorded.data)?.record(in: &clusterer.curation)
        }
        self.clusterer = clusterer
        self.reprints = ReprintFinder(connection: connection, loads: position != 0)
    }

    /// Loads what a page's events will touch: the events of its actors and articles, those a
    /// curator splits or merges, and the fingerprints sharing a band with its articles.
    func prepare(_ payloads: [TimelinePayload], curation: ActorCuration, directory: ActorDirectory) throws {
        var actors: Set<String> = [], streams: Set<String> = [], curated: Set<String> = [], pinned: Set<String> = []
        var entries: [DatedEntry] = []
        for payload in payloads {
            switch payload {
            case .extracted(let x):
                entries += x.entries
                for entry in x.entries { for a in curation.resolve(entry.actors, directory: directory) { actors.insert(a.key) } }
            case .added(let x):
                streams.insert(x.streamID)
                entries += x.entries
                for entry in x.entries { for a in curation.resolve(entry.actors, directory: directory) { actors.insert(a.key) } }
            case .retracted(let x): streams.insert(x.streamID)
            case .ingested(let x) where x.revision > 1: streams.insert(x.article.streamID)
            case .eventCurated(.split(let p)):
                curated.formUnion([p.eventID, p.newEventID])
                pinned.formUnion(p.mentionIDs + p.keptIDs)
            case .eventCurated(.merged(let p)):
                curated.formUnion([p.sourceID, p.targetID])
                pinned.formUnion(p.mentionIDs)
            default: break
            }
        }
        try reprints.prepare(payloads)
        let made = try ParallelMap.map(entries) { SentenceSketch(sentence: $0.sentence) }
        for (entry, sketch) in zip(entries, made) { sketches[entry.entryID] = sketch }
        if complete { return }
        let newActors = actors.subtracting(loadedActors).sorted(), newStreams = streams.subtracting(loadedStreams).sorted()
        loadedActors.formUnion(newActors)
        loadedStreams.formUnion(newStreams)
        guard !newActors.isEmpty || !newStreams.isEmpty || !curated.isEmpty || !pinned.isEmpty else { return }
        let rows = try connection.query("""
            SELECT entry_id, event_id, stream_id, sentence_index, first_day - date '1970-01-01' AS first, last_day - date '1970-01-01' AS last,
                   granularity, cameo, realis, lemma, actor_ids, encode(sketch, 'hex') AS sketch
            FROM event_mentions
            WHERE event_id IN (SELECT m.event_id FROM timeline_entries t JOIN event_mentions m ON m.entry_id = t.entry_id
                               WHERE t.actor_id = ANY ($1::text[])
                               UNION SELECT event_id FROM event_mentions WHERE stream_id = ANY ($2::text[])
                               UNION SELECT unnest($3::text[])
                               UNION SELECT event_id FROM event_mentions WHERE entry_id = ANY ($4::text[]))
            ORDER BY position, entry_id
            """, [.array(newActors), .array(newStreams), .array(curated.sorted()), .array(pinned.sorted())])
        for row in rows {
            let sketch = ByteaHex.values(try row.string("sketch"), as: UInt32.self)
            let mention = Mention(
                id: try row.string("entry_id"), article: try row.string("stream_id"),
                sentence: Int(try row.int64("sentence_index")),
                firstDay: Int(try row.int64("first")), lastDay: Int(try row.int64("last")),
                granularity: try row.string("granularity"), cameo: row["cameo"], realis: row["realis"], lemma: row["lemma"],
                actors: try row.stringArray("actor_ids"), sketch: SentenceSketch(keys: sketch))
            clusterer.load(mention, into: try row.string("event_id"))
        }
    }

    /// Applies one event of the log, after the timeline rows saw it (`curation` as they used it).
    func apply(_ event: RecordedEvent, _ payload: TimelinePayload, curation: ActorCuration,
                        directory: ActorDirectory) throws {
        switch payload {
        case .ingested(let ingested):
            if ingested.revision > 1 { removeMentions(ofStream: event.streamID) }
            reprints.record(ingested, at: event.position)
        case .extracted(let extracted):
            place(extracted.entries, stream: extracted.streamID, event, curation: curation, directory: directory)
        case .added(let added):
            place(added.entries, stream: added.streamID, event, curation: curation, directory: directory)
        case .retracted(let retracted):
            for id in retracted.entryIDs { remove(id) }
        case .eventCurated(let curated):
            let moved: [String]
            switch curated {
            case .split(let p): moved = clusterer.split(p.eventID, moving: p.mentionIDs, keeping: p.keptIDs, into: p.newEventID)
            case .merged(let p):
                moved = clusterer.merge(p.sourceID, into: p.targetID, mentions: p.mentionIDs)
                aliases.append((p.sourceID, clusterer.curation.resolve(p.targetID)))
            }
            for id in moved {
                guard let eventID = clusterer.event(ofMention: id) else { continue }
                if var record = changed[id] {
                    record.eventID = eventID
                    record.reason = "placed by a curator"
                    changed[id] = record
                } else {
                    moves.append((id, eventID))
                }
            }
        case .curated, .other:
            break
        }
    }

    private func place(_ entries: [DatedEntry], stream: String, _ event: RecordedEvent, curation: ActorCuration,
                                directory: ActorDirectory) {
        let original = reprints.original(of: stream)
        for entry in entries {
            let actors = curation.resolve(entry.actors, directory: directory).map(\.key)
            guard !actors.isEmpty else { continue }
            let mention = Mention(
                id: entry.entryID, article: stream, sentence: entry.sentenceIndex, firstDay: entry.interval.first.dayNumber,
                lastDay: entry.interval.last.dayNumber, granularity: entry.expression.granularity,
                cameo: entry.event?.cameo, realis: entry.event?.realis, lemma: entry.event?.trigger?.lemma,
                actors: actors, sketch: sketches.removeValue(forKey: entry.entryID) ?? SentenceSketch(sentence: entry.sentence))
            if clusterer.contains(mention: mention.id) && changed[mention.id] == nil { stale.insert(mention.id) }
            let placement = clusterer.place(mention, reprintOf: original)
            removed.remove(mention.id)
            changed[mention.id] = MentionRecord(mention: mention, eventID: placement.eventID, reason: placement.text,
                                                score: placement.score, position: event.position)
        }
    }

    private func remove(_ id: String) {
        guard clusterer.contains(mention: id) else { return }
        clusterer.remove(id)
        if changed.removeValue(forKey: id) == nil || stale.contains(id) { removed.insert(id) }
    }

    private func removeMentions(ofStream stream: String) {
        for id in clusterer.mentions(ofArticle: stream) { remove(id) }
    }

    /// Writes the page's changes: mentions gone, mentions placed or moved, fingerprints, aliases.
    func flush() throws {
        try reprints.flush()
        if !moves.isEmpty {
            // A moved report is removed and written again under its new event, never updated in
            // place: event_id is the column a distributed database spreads the table by, and such
            // a column cannot change (sql/citus/distribute.sql). A report moved twice in one page
            // goes where the later move put it.
            try connection.query("""
                WITH x AS (
                    SELECT DISTINCT ON (id) id, e FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS x(id, e, n)
                    ORDER BY id, n DESC),
                moved AS (
                    DELETE FROM event_mentions m USING x WHERE m.entry_id = x.id RETURNING m.*, x.e AS new_event_id)
                INSERT INTO event_mentions (entry_id, event_id, stream_id, sentence_index, first_day, last_day, granularity,
                                            cameo, realis, lemma, actor_ids, sketch, joined_by, score, position)
                SELECT entry_id, new_event_id, stream_id, sentence_index, first_day, last_day, granularity,
                       cameo, realis, lemma, actor_ids, sketch, 'placed by a curator', 1, position
                FROM moved
                """, [.array(moves.map(\.entry)), .array(moves.map(\.event))])
            moves.removeAll()
        }
        // Placed again or gone: the stored row goes first, and the placed ones are copied in.
        let gone = removed.union(stale)
        removed.removeAll(keepingCapacity: true)
        stale.removeAll(keepingCapacity: true)
        sketches.removeAll(keepingCapacity: true)
        if !gone.isEmpty {
            try connection.query("DELETE FROM event_mentions WHERE entry_id = ANY ($1::text[])", [.array(gone.sorted())])
        }
        if !aliases.isEmpty {
            try connection.query("""
                INSERT INTO event_aliases (old_id, event_id) SELECT * FROM unnest($1::text[], $2::text[])
                ON CONFLICT (old_id) DO UPDATE SET event_id = EXCLUDED.event_id
                """, [.array(aliases.map(\.old)), .array(aliases.map(\.new))])
            aliases.removeAll()
        }
        guard !changed.isEmpty else { return }
        let rows = changed.values.sorted { $0.mention.id < $1.mention.id }
        changed.removeAll(keepingCapacity: true)
        _ = try connection.copyIn("""
            COPY event_mentions (entry_id, event_id, stream_id, sentence_index, first_day, last_day, granularity, cameo, realis,
                                 lemma, actor_ids, sketch, joined_by, score, position) FROM STDIN
            """, rows: rows) { record in
            let m = record.mention
            return [m.id, record.eventID, m.article, String(m.sentence), CalendarDay(dayNumber: m.firstDay).iso, CalendarDay(dayNumber: m.lastDay).iso,
                    m.granularity, m.cameo, m.realis, m.lemma, try PostgresValue.arrayLiteral(m.actors),
                    ByteaHex.text(m.sketch.keys),
                    record.reason, String(format: "%.3f", record.score), String(record.position)]
        }
    }
}
