import EventStore
import Foundation
import HindiEvents
import HindiTemporal
import Postgres

/// Explains a timeline entry from the database: its rows in `timeline_entries` and
/// `timeline_entry_history`, the events of its article stream, and the actor-curation events
/// that touched its actors.
///
/// ```swift
/// let explanation = try EntryExplainer(connection: connection).explain("K3V0-Q8X2MW")
/// print(EntryExplanationText.render(explanation))
/// // entry k3v0q8x2mw (current)
/// // sentence    विदेश मंत्री एस जयशंकर ने ⟦शनिवार⟧ को टोक्यो में बातचीत की।
/// // …
/// ```
public struct EntryExplainer: Sendable {
    public let connection: PostgresConnection

    public init(connection: PostgresConnection) {
        self.connection = connection
    }

    /// The explanation of the entry `id` (typed as people type it: see `EntryID.normalized`).
    /// Throws `EntryIDError` for text that cannot be an id and `EntryExplainerError.unknownEntry`
    /// when no timeline row, current or past, has the id.
    ///
    /// Rows, events and the projection checkpoint are read in one snapshot (a read-only repeatable-read
    /// transaction, unless the caller has a transaction open), so a projection running meanwhile
    /// cannot make them disagree.
    public func explain(_ id: String) throws -> EntryExplanation {
        let entryID = try EntryID.normalized(id)
        if connection.isInTransaction { return try explain(entryID: entryID) }
        return try connection.transaction { conn in
            try conn.query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            return try explain(entryID: entryID)
        }
    }

    private func explain(entryID: String) throws -> EntryExplanation {
        let allRows = try EntryRowRecord.load(entryID: entryID, connection: connection)
        guard let stream = (allRows.first { $0.isCurrent } ?? allRows.last)?.streamID else {
            throw EntryExplainerError.unknownEntry(entryID)
        }
        let rows = allRows.filter { $0.streamID == stream }
        let log = EventLog(connection: connection)
        guard let trail = try ArticleTrail(entryID: entryID, events: try log.readStream(stream)) else {
            throw EntryExplainerError.missingFromLog(entryID: entryID, stream: stream)
        }
        let curation = try CurationTrail(keys: trail.recordedKeys, events: try log.readStream(ActorCurationEvent.stream))
        let directory = ActorDirectory(try GazetteerStore(connection: connection).load())
        let checkpoint = try TimelineProjection(connection: connection).checkpoint()

        let entry = trail.entry
        let article = trail.ingested.article
        let current = rows.filter(\.isCurrent)
        let actors = entry.actors.map { recognized($0, curation: curation, current: current, directory: directory) }
        // Rows in the order their actors are mentioned, as extracted and as curation resolved them.
        let order = entry.actors.map(\.key) + actors.compactMap(\.nowKey)
        func rank(_ row: EntryRowRecord) -> (Int, String) { (order.firstIndex(of: row.actorID) ?? .max, row.actorID) }
        let ordered = rows.sorted { rank($0) < rank($1) }
        let attributions = current
            .sorted { rank($0) < rank($1) }
            .map { EntryExplanation.Attribution(actorID: $0.actorID, actorName: $0.actorName, actorKind: $0.actorKind,
                                                 provisional: $0.provisional, evidence: $0.evidence) }
        let steps = (trail.steps + curation.steps).sorted { $0.position < $1.position }.map { step in
            var step = step
            step.effects = Self.effects(at: step.position, rows: ordered)
            step.applied = step.position <= checkpoint
            return step
        }
        let sentenceStart = Self.sentenceStart(of: entry, in: article.text)
        return EntryExplanation(
            entryID: entryID,
            status: current.isEmpty ? .retracted : .current,
            statusReason: current.isEmpty ? rows.max { ($0.retractedPosition ?? 0) < ($1.retractedPosition ?? 0) }?.retraction : nil,
            article: .init(streamID: stream, identifier: article.identifier, url: article.url, title: article.title,
                           published: article.published.iso, revision: trail.revision, latestRevision: trail.latestRevision),
            sentenceIndex: entry.sentenceIndex,
            sentence: entry.sentence,
            marked: Self.marked(entry, sentenceStart: sentenceStart),
            expression: entry.expression,
            interval: entry.interval,
            anchor: AnchorText.describe(label: entry.expression.anchor, text: article.text, published: article.published,
                                        extractorVersion: trail.extractorVersion),
            actors: actors,
            places: entry.places,
            event: entry.event.map { Self.eventInfo($0, entry: entry, sentenceStart: sentenceStart) },
            currentActors: attributions,
            extractorVersion: trail.extractorVersion,
            gazetteerRevision: trail.gazetteerRevision,
            steps: steps)
    }

    /// An extracted actor with its evidence in words and what curation has made of it.
    private func recognized(_ actor: DatedEntry.ActorRef, curation: CurationTrail, current: [EntryRowRecord],
                            directory: ActorDirectory) -> EntryExplanation.RecognizedActor {
        let target = curation.curation.target(of: actor.key)
        let outcome: String
        switch target {
        case nil:
            let reason = Self.rejectedKey(actor.key, curation: curation.curation)
                .flatMap { curation.rejectionReasons[$0] }.map { $0.isEmpty ? "" : ": \($0)" } ?? ""
            outcome = "rejected as an actor\(reason)"
        case actor.key?:
            let name = curation.curation.names[actor.key]
            outcome = name.map { $0 == actor.name ? "none" : "renamed “\($0)”" } ?? "none"
        case let key?:
            let name = current.first { $0.actorID == key }?.actorName
                ?? curation.curation.describe(key, directory: directory)?.name ?? key
            outcome = "now under \(name) (\(key))"
        }
        return .init(key: actor.key, name: actor.name, kind: actor.kind, provisional: actor.provisional,
                     surface: actor.surface, evidence: actor.evidence, recognizedBy: EvidenceText.describe(actor.evidence),
                     nowKey: target, curation: outcome, role: actor.role, roleMarker: actor.roleMarker)
    }

    /// The key along `key`'s merges that curation rejected.
    private static func rejectedKey(_ key: String, curation: ActorCuration) -> String? {
        var current = key
        for _ in 0..<32 {
            if curation.rejected.contains(current) { return current }
            guard let next = curation.redirects[current] else { return nil }
            current = next
        }
        return nil
    }

    /// What the projection did with the entry's rows for the event at `position`.
    static func effects(at position: Int64, rows: [EntryRowRecord]) -> [String] {
        rows.filter { $0.retractedPosition == position }.map { "row taken away: \($0.actorLabel) — \($0.retraction ?? "")" }
            + rows.filter { $0.position == position }.map { "row written: \($0.actorLabel)" }
    }

    /// Where the entry's sentence starts in the article text (Unicode scalars), found by splitting
    /// the text again; nil when the expression is in no sentence of it.
    static func sentenceStart(of entry: DatedEntry, in text: String) -> Int? {
        ScalarSentences(text: text).sentence(containing: entry.expression.start)?.scalarRange.lowerBound
    }

    /// The stored sentence cut around the article offsets `range`, when they fall on `part` in it.
    static func cut(_ sentence: String, at range: Range<Int>, on part: String, sentenceStart: Int?)
        -> (before: String, after: String)? {
        guard let sentenceStart else { return nil }
        let scalars = Array(sentence.unicodeScalars)
        let from = range.lowerBound - sentenceStart, to = range.upperBound - sentenceStart
        guard from >= 0, to <= scalars.count, from <= to, String(String.UnicodeScalarView(scalars[from..<to])) == part else {
            return nil
        }
        return (String(String.UnicodeScalarView(scalars[..<from])), String(String.UnicodeScalarView(scalars[to...])))
    }

    /// The stored sentence cut around the expression, its sentence found again in `text`.
    static func marked(_ entry: DatedEntry, in text: String) -> EntryExplanation.MarkedSentence {
        marked(entry, sentenceStart: sentenceStart(of: entry, in: text))
    }

    /// The stored sentence cut around the expression: by the recorded scalar offsets when they
    /// fall on the expression's text in the sentence, else at the expression's first occurrence.
    static func marked(_ entry: DatedEntry, sentenceStart: Int?) -> EntryExplanation.MarkedSentence {
        let sentence = entry.sentence
        let expression = entry.expression
        if let parts = cut(sentence, at: expression.start..<expression.end, on: expression.text, sentenceStart: sentenceStart) {
            return .init(before: parts.before, expression: expression.text, after: parts.after)
        }
        guard !expression.text.isEmpty, let range = sentence.range(of: expression.text) else {
            return .init(before: sentence, expression: "", after: "")
        }
        return .init(before: String(sentence[..<range.lowerBound]), expression: expression.text,
                     after: String(sentence[range.upperBound...]))
    }

    /// The event of an entry for people: its root's label and quad class, and the sentence with
    /// the trigger marked where the recorded offsets fall on it.
    static func eventInfo(_ event: DatedEntry.Event, entry: DatedEntry, sentenceStart: Int?) -> EntryExplanation.EventInfo {
        let root = event.cameo.flatMap { CAMEORoot(code: $0) }
        let marked = event.trigger.flatMap { trigger in
            cut(entry.sentence, at: trigger.start..<trigger.end, on: trigger.text, sentenceStart: sentenceStart)
                .map { $0.before + "«\(trigger.text)»" + $0.after }
        }
        return .init(trigger: event.trigger, markedSentence: marked, cameo: event.cameo, label: root?.label, quad: root?.quad,
                     quadLabel: root?.quadLabel, cameoRule: event.cameoRule, realis: event.realis, realisCues: event.realisCues)
    }
}
